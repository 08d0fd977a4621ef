using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Features.Outbox;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Persistence.Records;
using static Orchestrator.Host.Tests.Features.Access.AccessMatrixHarness;

namespace Orchestrator.Host.Tests.Features.Outbox;

/// <summary>Dead letters: only an administrator of the row's company sees and retries them; everyone else is refused.</summary>
public abstract class RetryParkedOutboxTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Only_the_companys_administrator_retries_a_parked_row_and_the_next_sweep_sends_it()
    {
        var row = await ParkedRowAsync(host.CompanyId);
        var expected = Expect(HttpStatusCode.Accepted, ["admin"], Everyone.Where(u => u is not "admin" and not "dz-admin"));

        await people.CheckAsync("retry a parked outbox row", expected,
            (_, client) => client.PostAsync($"/api/outbox/{row}/retry", null));

        var retried = await RowAsync(row);
        Assert.Null(retried.ParkedAt);
        Assert.Equal(0, retried.Attempts);
        var again = await (await people.ClientAsync("admin")).PostAsync($"/api/outbox/{row}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_administrator_lists_only_the_parked_rows_of_the_own_company()
    {
        var mine = await ParkedRowAsync(host.CompanyId);
        var theirs = await ParkedRowAsync(await OtherCompanyAsync());

        var cityRows = await (await people.ClientAsync("admin")).GetFromJsonAsync<List<ParkedOutboxRow>>("/api/outbox/parked");
        var dzRows = await (await people.ClientAsync("dz-admin")).GetFromJsonAsync<List<ParkedOutboxRow>>("/api/outbox/parked");
        var clerk = await (await people.ClientAsync("clerk")).GetAsync("/api/outbox/parked");

        Assert.Contains(cityRows!, r => r.Id == mine);
        Assert.DoesNotContain(cityRows!, r => r.Id == theirs);
        Assert.Contains(dzRows!, r => r.Id == theirs);
        Assert.DoesNotContain(dzRows!, r => r.Id == mine);
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
    }

    private Task<Guid> ParkedRowAsync(Guid companyId) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        // Created "tomorrow": the host's own sweep leaves a row alone until it is half a minute old, so the retried
        // row keeps the state the test looks at.
        var row = new OutboxRecord
        {
            TenantId = companyId, Kind = "mail", PayloadJson = "{}", CreatedAt = DateTimeOffset.UtcNow.AddDays(1),
            Attempts = 5, LastError = "SMTP server refused the connection", ParkedAt = DateTimeOffset.UtcNow,
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });

    private Task<Guid> OtherCompanyAsync() => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Companies.Where(c => c.Code == "dz").Select(c => c.Id).SingleAsync());

    private Task<OutboxRecord> RowAsync(Guid id) => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Set<OutboxRecord>().AsNoTracking().SingleAsync(o => o.Id == id));
}

public sealed class RetryParkedOutboxSqliteTests(SqliteScenarioHost host) : RetryParkedOutboxTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class RetryParkedOutboxPostgresTests(PostgresScenarioHost host) : RetryParkedOutboxTests(host), IClassFixture<PostgresScenarioHost>;
