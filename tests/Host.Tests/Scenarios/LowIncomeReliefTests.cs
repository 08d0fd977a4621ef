using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Relief;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>低保/特困 relief (seed 003): 0.2 yuan per m³ from the next reading; a collective account by its low-income share.</summary>
public abstract class LowIncomeReliefTests(IScenarioHost host)
{
    [Fact]
    public async Task A_collective_account_gets_relief_in_proportion_to_its_low_income_households_from_the_next_reading()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, collective: true);
        var flow = await SubmitAsync(account, ApplicantKind.Company, ["low-income-household-list", "stamped-application"]);

        await flow.CompleteAsync("ReliefReview", ("approved", true), ("reliefKind", "LowIncome"), ("lowIncomeShare", 0.25));

        await flow.AssertStatusAsync(RequestStatus.Completed);
        var granted = await AccountAsync(account);
        Assert.Equal((ReliefKind.LowIncome, 0.25m, new DateOnly(2026, 9, 14)), (granted.ReliefKind, granted.LowIncomeShare, granted.ReliefGrantedOn!.Value));
        var policy = new ReliefPolicy();
        Assert.Equal(0m, policy.Discount(granted, 40, new DateOnly(2026, 9, 14)));
        Assert.Equal(2.00m, policy.Discount(granted, 40, new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public async Task An_invalid_certificate_is_refused_and_no_relief_is_granted()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await SubmitAsync(account, ApplicantKind.Individual, ["low-income-certificate", "applicant-id"]);

        await flow.CompleteAsync("ReliefReview", ("approved", false), ("reliefKind", "LowIncome"), ("comment", "证件已过期"));

        await flow.AssertStatusAsync(RequestStatus.Rejected);
        Assert.Equal(ReliefKind.None, (await AccountAsync(account)).ReliefKind);
    }

    private Task<FlowDriver> SubmitAsync(TestAccount account, ApplicantKind kind, string[] documents) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.LowIncomeRelief, kind, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, documents));

    private Task<Account> AccountAsync(TestAccount account)
    {
        var number = AccountNumber.Parse(account.AccountNumber);
        return host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().Accounts.AsNoTracking().SingleAsync(a => a.Number == number));
    }
}

public sealed class LowIncomeReliefSqliteTests(SqliteScenarioHost host) : LowIncomeReliefTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class LowIncomeReliefPostgresTests(PostgresScenarioHost host) : LowIncomeReliefTests(host), IClassFixture<PostgresScenarioHost>;
