using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;
using static Orchestrator.Host.Tests.Features.Access.AccessMatrixHarness;

namespace Orchestrator.Host.Tests.Features.Access;

/// <summary>
/// A business office reads only the index ranges of its own districts and of districts no office serves (城东 serves
/// 城东区/高新区, 城西 serves 城西区/滨河区/开发区): its inbox and the task API list exactly its work, each page in at
/// most two commands (the office's districts, then the page), and an administrator's change of districts moves
/// the open work with it.
/// </summary>
public abstract class OfficeAreaPagesTests(IScenarioHost host)
{
    private static readonly string[] Districts = ["城东区", "高新区", "城西区", "滨河区", "开发区", "郊县"];
    private static readonly string[] East = ["城东区", "高新区", "郊县"];
    private static readonly string[] West = ["城西区", "滨河区", "开发区", "郊县"];
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Each_office_pages_through_its_own_districts_and_the_unserved_in_at_most_two_commands_a_page()
    {
        var tasks = await FinalReadingsAsync();

        foreach (var (user, districts) in new[] { ("office", East), ("west", West) })
        {
            var (inbox, inboxCosts) = await InboxAsync(user);
            var (api, apiCosts) = await ApiAsync(user);
            var expected = districts.Select(d => tasks[d]).Order().ToList();
            Assert.Equal(expected, tasks.Values.Where(inbox.Contains).Order());
            Assert.Equal(expected, tasks.Values.Where(api.Contains).Order());
            Assert.All(inboxCosts.Concat(apiCosts), commands => Assert.InRange(commands.Count, 1, 2));
            Assert.All(inboxCosts.Concat(apiCosts).SelectMany(c => c), c => Assert.DoesNotContain("\"Address\"", c, StringComparison.Ordinal));
        }
        var overHttp = await (await people.ClientAsync("west")).GetFromJsonAsync<JsonElement>("/api/tasks?candidateGroup=business-office&take=200");
        var ids = overHttp.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Equal(West.Select(d => tasks[d]).Order(), tasks.Values.Where(ids.Contains).Order());
    }

    [Fact]
    public async Task Moving_a_district_to_the_other_office_moves_its_open_work()
    {
        var tasks = await FinalReadingsAsync();
        try
        {
            await SetAreasAsync("bo-west", "城西区、开发区");
            await SetAreasAsync("bo-east", "城东区、高新区、滨河区");

            Assert.Contains(tasks["滨河区"], (await InboxAsync("office")).Ids);
            Assert.DoesNotContain(tasks["滨河区"], (await InboxAsync("west")).Ids);
            Assert.DoesNotContain(tasks["开发区"], (await InboxAsync("office")).Ids);
        }
        finally
        {
            await SetAreasAsync("bo-east", "城东区、高新区");
            await SetAreasAsync("bo-west", "城西区、滨河区、开发区");
        }
        Assert.Contains(tasks["滨河区"], (await InboxAsync("west")).Ids);
        Assert.DoesNotContain(tasks["滨河区"], (await InboxAsync("office")).Ids);
    }

    [Fact]
    public async Task Overlapping_districts_the_longest_decides_who_lists_reads_claims_and_completes_by_id()
    {
        await SetAreasAsync("bo-west", "城西区、滨河区、开发区、城东区北");
        try
        {
            var north = await TaskIdAsync(await people.SuspensionAsync("城东区北"), "FinalReading");
            var east = await TaskIdAsync(await people.SuspensionAsync("城东区"), "FinalReading");
            var eastClient = await people.ClientAsync("office");
            var westClient = await people.ClientAsync("west");

            Assert.DoesNotContain(north, (await InboxAsync("office")).Ids);
            Assert.Contains(north, (await InboxAsync("west")).Ids);
            Assert.Equal(TaskAccess.Refused, await DetailsAsync("office", north));
            Assert.Equal(HttpStatusCode.NotFound, (await eastClient.PostAsync($"/api/tasks/{north}/claim", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await eastClient.PostAsJsonAsync($"/api/tasks/{north}/complete", new { variables = new { reading = 150 } })).StatusCode);
            Assert.Equal(TaskAccess.Granted, await DetailsAsync("west", north));
            Assert.Equal(HttpStatusCode.NoContent, (await westClient.PostAsync($"/api/tasks/{north}/claim", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await westClient.PostAsJsonAsync($"/api/tasks/{north}/complete", new { variables = new { reading = 150 } })).StatusCode);

            Assert.Contains(east, (await InboxAsync("office")).Ids);
            Assert.DoesNotContain(east, (await InboxAsync("west")).Ids);
            Assert.Equal(TaskAccess.Refused, await DetailsAsync("west", east));
            Assert.Equal(HttpStatusCode.NotFound, (await westClient.PostAsync($"/api/tasks/{east}/claim", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await westClient.PostAsJsonAsync($"/api/tasks/{east}/complete", new { variables = new { reading = 150 } })).StatusCode);
            Assert.Equal(TaskAccess.Granted, await DetailsAsync("office", east));
            Assert.Equal(HttpStatusCode.NoContent, (await eastClient.PostAsync($"/api/tasks/{east}/claim", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await eastClient.PostAsJsonAsync($"/api/tasks/{east}/complete", new { variables = new { reading = 150 } })).StatusCode);
        }
        finally
        {
            await SetAreasAsync("bo-west", "城西区、滨河区、开发区");
        }
    }

    private Task<TaskAccess> DetailsAsync(string user, Guid taskId) =>
        people.AsPageAsync(user, async (op, staff) => (await op.Get<TaskDetailsQuery>().LoadAsync(staff, taskId)).Access);

    /// <summary>A suspension's final meter reading (business-office work) for an account in each district.</summary>
    private async Task<Dictionary<string, Guid>> FinalReadingsAsync()
    {
        var tasks = new Dictionary<string, Guid>();
        foreach (var district in Districts) tasks[district] = await TaskIdAsync(await people.SuspensionAsync(district), "FinalReading");
        return tasks;
    }

    private Task<(HashSet<Guid> Ids, List<IReadOnlyList<string>> Costs)> InboxAsync(string user) =>
        people.AsPageAsync(user, async (op, staff) =>
        {
            var ids = new HashSet<Guid>();
            var costs = new List<IReadOnlyList<string>>();
            InboxCursor? cursor = null;
            do
            {
                using var log = new SqlCommandLog(op.Get<OrchestratorDbContext>());
                await log.ReadyAsync();
                var page = await op.Get<OpenTasksQuery>().PageAsync(staff, new InboxFilter(), cursor, 3);
                costs.Add(log.Commands);
                ids.UnionWith(page.Items.Select(i => i.TaskId));
                cursor = page.Next;
            }
            while (cursor is not null);
            return (ids, costs);
        });

    private Task<(HashSet<Guid> Ids, List<IReadOnlyList<string>> Costs)> ApiAsync(string user) =>
        people.AsPageAsync(user, async (op, staff) =>
        {
            var ids = new HashSet<Guid>();
            var costs = new List<IReadOnlyList<string>>();
            InboxCursor? cursor = null;
            do
            {
                using var log = new SqlCommandLog(op.Get<OrchestratorDbContext>());
                await log.ReadyAsync();
                var page = await op.Get<TaskListQuery>().PageAsync(staff, null, null, null, cursor, 3, CancellationToken.None);
                costs.Add(log.Commands);
                ids.UnionWith(page.Tasks.Select(t => t.Id));
                cursor = page.Next;
            }
            while (cursor is not null);
            return (ids, costs);
        });

    private async Task SetAreasAsync(string unitCode, string areas)
    {
        var unit = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Units.IgnoreQueryFilters()
            .Where(u => u.CompanyId == host.CompanyId && u.Code == unitCode).Select(u => u.Id).SingleAsync());
        var outcome = await people.AsPageAsync("admin", (op, staff) => op.Get<SetOfficeAreas>().RunAsync(staff, unit, areas));
        Assert.Equal(OutcomeKind.Done, outcome.Kind);
    }
}

public sealed class OfficeAreaPagesSqliteTests(SqliteScenarioHost host) : OfficeAreaPagesTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class OfficeAreaPagesPostgresTests(PostgresScenarioHost host) : OfficeAreaPagesTests(host), IClassFixture<PostgresScenarioHost>;
