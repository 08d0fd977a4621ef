using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Api;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Exceptions;

/// <summary>
/// 异常处理 a page at a time after a cursor: incidents raised at the same instant keep one order across pages, none is
/// lost or shown twice, a page costs at most two SQL commands (the rows, then their flows' step names), the REST
/// list follows the same cursor, and another company's administrator pages through none of them.
/// </summary>
public abstract class OpenIncidentsPagingTests(IScenarioHost host)
{
    private static readonly string[] Documents = ["applicant-id", "current-bill"];
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Incidents_of_one_instant_page_in_two_commands_each_none_lost_or_doubled_and_another_company_sees_none()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++) numbers.Add(await RestorationStoppedAtItsReadingAsync());

        var (paged, commands) = await PagesAsync("duty", 2);
        var whole = await people.AsPageAsync("duty", async (op, _) => (await op.Get<OpenIncidentsQuery>().PageAsync(size: 100)).Items);
        var otherCompany = (await PagesAsync("dz-admin", 2)).Items;

        Assert.Equal(whole.Select(i => i.IncidentId), paged.Select(i => i.IncidentId));
        Assert.Equal(paged.Count, paged.Select(i => i.IncidentId).Distinct().Count());
        Assert.All(numbers, n => Assert.Single(paged, i => i.RequestNumber == n));
        Assert.Single(paged.Select(i => i.Since).Distinct());
        Assert.True(commands.Count >= 3, $"{paged.Count} incidents in {commands.Count} pages");
        Assert.All(commands, c => Assert.InRange(c, 1, 2));
        Assert.DoesNotContain(otherCompany, i => numbers.Contains(i.RequestNumber));

        var duty = await people.ClientAsync("duty");
        var listed = new List<Guid>();
        for (var url = "/api/exceptions?pageSize=2"; ;)
        {
            var body = await duty.GetFromJsonAsync<JsonElement>(url);
            listed.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("incidentId").GetGuid()));
            if (body.GetProperty("next").GetString() is not { } next) break;
            url = "/api/exceptions?pageSize=2&after=" + Uri.EscapeDataString(next);
        }
        Assert.Equal(paged.Select(i => i.IncidentId), listed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await duty.GetAsync("/api/exceptions?page=2")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await people.ClientAsync("clerk")).GetAsync("/api/exceptions")).StatusCode);
    }

    /// <summary>A restoration whose first reading (below the final one) stops the flow, always at 2026-09-22 10:00.</summary>
    private async Task<string> RestorationStoppedAtItsReadingAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 15), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, lastReading: 50);
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, account);
        await suspension.CompleteAsync("FinalReading", ("reading", 60));
        host.Clock.Set(new DateOnly(2026, 9, 22), new TimeOnly(10, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);
        await restoration.CompleteAsync("FirstReading", ("reading", 40));
        return restoration.Request.Number;
    }

    private Task<FlowDriver> SubmitAsync(ServiceRequestType type, TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(type, ApplicantKind.Individual, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, Documents));

    private Task<(List<OpenIncident> Items, List<int> Commands)> PagesAsync(string user, int size) =>
        people.AsPageAsync(user, async (op, _) =>
        {
            var items = new List<OpenIncident>();
            var commands = new List<int>();
            OldestFirstCursor? cursor = null;
            do
            {
                using var log = new SqlCommandLog(op.Get<OrchestratorDbContext>());
                await log.ReadyAsync();
                var page = await op.Get<OpenIncidentsQuery>().PageAsync(cursor, size);
                commands.Add(log.Commands.Count);
                items.AddRange(page.Items);
                cursor = page.Next;
            }
            while (cursor is not null);
            return (items, commands);
        });
}

public sealed class OpenIncidentsPagingSqliteTests(SqliteScenarioHost host) : OpenIncidentsPagingTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class OpenIncidentsPagingPostgresTests(PostgresScenarioHost host) : OpenIncidentsPagingTests(host), IClassFixture<PostgresScenarioHost>;
