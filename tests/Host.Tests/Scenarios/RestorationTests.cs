using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>恢复用水 the same day as the suspension: the first reading may equal the final one, never fall below it.</summary>
public abstract class RestorationTests(IScenarioHost host)
{
    private static readonly string[] Documents = ["applicant-id", "current-bill"];

    [Fact]
    public async Task Water_suspended_in_the_morning_can_be_restored_the_same_afternoon_at_the_final_reading()
    {
        var account = await SuspendedAsync(finalReading: 80);
        host.Clock.Set(new DateOnly(2026, 9, 16), new TimeOnly(15, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);

        await restoration.CompleteAsync("FirstReading", ("reading", 80));

        await restoration.AssertStatusAsync(RequestStatus.Completed);
        Assert.Empty((await restoration.InstanceAsync()).Incidents);
        Assert.Equal(AccountStatus.Active, await StatusAsync(account));
    }

    [Fact]
    public async Task A_same_day_reading_below_the_final_one_is_an_incident_and_the_account_stays_suspended()
    {
        var account = await SuspendedAsync(finalReading: 80);
        host.Clock.Set(new DateOnly(2026, 9, 16), new TimeOnly(15, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);

        await restoration.CompleteAsync("FirstReading", ("reading", 79));

        Assert.Contains((await restoration.InstanceAsync()).Incidents, i => i.Message.Contains("must not be lower"));
        Assert.Equal(AccountStatus.Suspended, await StatusAsync(account));
    }

    private async Task<TestAccount> SuspendedAsync(decimal finalReading)
    {
        host.Clock.Set(new DateOnly(2026, 9, 16), new TimeOnly(9, 0));
        var account = await TestAccounts.CreateAsync(host, lastReading: 50);
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, account);
        await suspension.CompleteAsync("FinalReading", ("reading", finalReading));
        await suspension.AssertStatusAsync(RequestStatus.Completed);
        return account;
    }

    private Task<FlowDriver> SubmitAsync(ServiceRequestType type, TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(type, ApplicantKind.Individual, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, Documents));

    private Task<AccountStatus> StatusAsync(TestAccount account) => host.InScopeAsync(s =>
    {
        var number = AccountNumber.Parse(account.AccountNumber);
        return s.GetRequiredService<OrchestratorDbContext>().Accounts.Where(a => a.Number == number).Select(a => a.Status).SingleAsync();
    });
}

public sealed class RestorationSqliteTests(SqliteScenarioHost host) : RestorationTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class RestorationPostgresTests(PostgresScenarioHost host) : RestorationTests(host), IClassFixture<PostgresScenarioHost>;
