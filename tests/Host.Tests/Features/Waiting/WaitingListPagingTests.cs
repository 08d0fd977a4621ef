using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Api;
using Orchestrator.Host.Features.Waiting;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Waiting;

/// <summary>
/// 待客户办理 a page at a time after a cursor: waits that began at the same instant keep one order across pages, none
/// is lost or shown twice, each page is one SQL command, the REST list hands out the same cursor, and another
/// company's service center pages through none of them.
/// </summary>
public abstract class WaitingListPagingTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Waits_of_one_instant_page_in_one_command_each_none_lost_or_doubled_and_another_company_sees_none()
    {
        var numbers = await DocumentWaitsAsync(7);

        var (paged, commands) = await PagesAsync("clerk", 3);
        var whole = await people.AsPageAsync("clerk", async (op, _) => (await op.Get<WaitingForCustomerQuery>().PageAsync(size: 100)).Items);
        var otherCompany = (await PagesAsync("dz-clerk", 3)).Items;

        Assert.Equal(whole.Select(Identity), paged.Select(Identity));
        Assert.Equal(paged.Count, paged.Select(Identity).Distinct().Count());
        Assert.All(numbers, n => Assert.Single(paged, w => w.RequestNumber == n));
        Assert.Equal(paged.Select(w => w.Since).Order(), paged.Select(w => w.Since));
        Assert.True(commands.Count >= 3, $"{paged.Count} waits in {commands.Count} pages");
        Assert.All(commands, c => Assert.Equal(1, c));
        Assert.DoesNotContain(otherCompany, w => numbers.Contains(w.RequestNumber));
    }

    [Fact]
    public async Task The_rest_list_follows_the_next_token_and_refuses_page_numbers_and_foreign_tokens()
    {
        var numbers = await DocumentWaitsAsync(4);
        var clerk = await people.ClientAsync("clerk");

        var listed = new List<string>();
        var pages = 0;
        for (var url = "/api/waiting?pageSize=2"; ;)
        {
            var response = await clerk.GetAsync(url);
            pages++;
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            listed.AddRange(body.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("requestNumber").GetString()!));
            if (body.GetProperty("next").GetString() is not { } next)
            {
                Assert.False(response.Headers.Contains("X-Next-Cursor"));
                break;
            }
            Assert.Equal(next, response.Headers.GetValues("X-Next-Cursor").Single());
            url = response.Headers.GetValues("Link").Single().Split('<', '>')[1];
        }

        Assert.True(pages >= 2);
        Assert.All(numbers, n => Assert.Single(listed, l => l == n));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await clerk.GetAsync("/api/waiting?page=2")).StatusCode);
        var foreign = await clerk.GetAsync("/api/waiting?after=not-a-token");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        var problem = await foreign.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("after", out _), problem.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await people.ClientAsync("design")).GetAsync("/api/waiting")).StatusCode);
    }

    /// <summary>New connections missing a document, all submitted at the same instant: each waits from the same time.</summary>
    private async Task<List<string>> DocumentWaitsAsync(int count)
    {
        host.Clock.Set(new DateOnly(2026, 10, 9), new TimeOnly(9, 0));
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter,
                "新区大道12号", "新建住宅接水", null, new NewApplicant(CustomerKind.Person, "同刻用户", TestAccounts.NextResidentId(), ["13900139000"]), null,
                ["property-certificate"]));
            numbers.Add(flow.Request.Number);
        }
        return numbers;
    }

    private Task<(List<WaitingRequest> Items, List<int> Commands)> PagesAsync(string user, int size) =>
        people.AsPageAsync(user, async (op, _) =>
        {
            var items = new List<WaitingRequest>();
            var commands = new List<int>();
            OldestFirstCursor? cursor = null;
            do
            {
                using var log = new SqlCommandLog(op.Get<OrchestratorDbContext>());
                await log.ReadyAsync();
                var page = await op.Get<WaitingForCustomerQuery>().PageAsync(cursor, size);
                commands.Add(log.Commands.Count);
                items.AddRange(page.Items);
                cursor = page.Next;
            }
            while (cursor is not null);
            return (items, commands);
        });

    private static string Identity(WaitingRequest wait) => $"{wait.RequestNumber}/{wait.ElementId}/{wait.TaskId}";
}

public sealed class WaitingListPagingSqliteTests(SqliteScenarioHost host) : WaitingListPagingTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class WaitingListPagingPostgresTests(PostgresScenarioHost host) : WaitingListPagingTests(host), IClassFixture<PostgresScenarioHost>;
