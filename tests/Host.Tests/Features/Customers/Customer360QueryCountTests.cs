using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Customers;

/// <summary>Customer 360 reads a fixed number of SQL commands whatever the number of the customer's requests.</summary>
public abstract class Customer360QueryCountTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Twenty_requests_cost_as_many_commands_as_one()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var one = await CustomerWithComplaintsAsync(1);
        var twenty = await CustomerWithComplaintsAsync(20);

        var (oneCommands, oneView) = await CountAsync(one.CustomerId);
        var (twentyCommands, twentyView) = await CountAsync(twenty.CustomerId);

        Assert.Single(oneView.Requests);
        Assert.Equal(20, twentyView.Requests.Count);
        Assert.All(twentyView.Requests, r => Assert.NotEmpty(r.History));
        Assert.Equal(oneCommands, twentyCommands);
        Assert.InRange(oneCommands, 1, 15);
    }

    private async Task<TestAccount> CustomerWithComplaintsAsync(int count)
    {
        var account = await TestAccounts.CreateAsync(host);
        for (var i = 0; i < count; i++)
            await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.Complaint, ApplicantKind.Individual, RequestChannel.Hotline,
                null, $"第 {i + 1} 次来电：水压低", account.CustomerId, null, account.AccountNumber));
        return account;
    }

    private Task<(int Commands, Customer360 View)> CountAsync(Guid customerId) => people.AsPageAsync("clerk", async (op, _) =>
    {
        var db = op.Get<OrchestratorDbContext>();
        using var log = new SqlCommandLog(db);
        await log.ReadyAsync();
        var view = await op.Get<Customer360Query>().LoadAsync(customerId) ?? throw new InvalidOperationException("customer not found");
        return (log.Commands.Count, view);
    });
}

public sealed class Customer360QueryCountSqliteTests(SqliteScenarioHost host) : Customer360QueryCountTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class Customer360QueryCountPostgresTests(PostgresScenarioHost host) : Customer360QueryCountTests(host), IClassFixture<PostgresScenarioHost>;
