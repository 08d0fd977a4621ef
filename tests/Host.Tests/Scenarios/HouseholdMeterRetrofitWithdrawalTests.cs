using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>
/// 一户一表: the customer may withdraw at any step, as in the new connection. The withdrawal throws compensation, so
/// the installation fee and the 30-day deposit are refunded once each when paid, and nothing when not.
/// </summary>
public abstract class HouseholdMeterRetrofitWithdrawalTests(IScenarioHost host)
{
    [Fact]
    public async Task Withdrawn_during_construction_the_fee_and_the_deposit_are_refunded_and_recorded()
    {
        var (flow, account) = await QuotedAsync();
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Counter, "CTR-" + flow.Request.Number, account.AccountNumber, 1_260, flow.Request.Number));
        await flow.CompleteAsync("InstallationAgreement", ("agreementSigned", true));
        Assert.Contains("Construction", (await flow.OpenTasksAsync()).Select(t => t.ElementId));

        await WithdrawAsync(flow);

        Assert.Equal(["RefundWithdrawal"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.Equal(1_260m, Convert.ToDecimal((await flow.InstanceAsync()).Variables["refundDue"]));
        await flow.CompleteAsync("RefundWithdrawal", ("refundedAmount", 1_260), ("refundChannel", "Cash"));

        var refunds = await RefundsAsync(account.AccountNumber);
        Assert.Equal([(RefundKind.Deposit, 60m), (RefundKind.Fee, 1_200m)], refunds.Select(r => (r.Kind, r.Amount)).Order());
        Assert.Equal(nameof(DepositStatus.Refunded), Assert.Single((await flow.DetailsAsync()).Deposits).Status);
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        Assert.Equal("Completed", (await flow.InstanceAsync()).Status.ToString());
    }

    [Fact]
    public async Task Withdrawn_while_the_fee_is_unpaid_nothing_is_refunded()
    {
        var (flow, account) = await QuotedAsync();

        await WithdrawAsync(flow);

        Assert.Empty(await flow.OpenTasksAsync());
        Assert.Empty(await RefundsAsync(account.AccountNumber));
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
    }

    private async Task<(FlowDriver, TestAccount)> QuotedAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, collective: true);
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(
            ServiceRequestType.HouseholdMeterRetrofit, ApplicantKind.Company, RequestChannel.Counter, null, "8户改一户一表",
            account.CustomerId, null, account.AccountNumber, ["household-list", "current-bill-copy", "management-consent"]));
        await flow.CompleteAsync("OfficeApproval", ("approved", true));
        await flow.CompleteAsync("HandOffToDesign", ("handedOff", true));
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Quote", ("amount", 1_200), ("depositAmount", 60));
        return (flow, account);
    }

    private async Task WithdrawAsync(FlowDriver flow) =>
        Assert.Equal(CorrelationResult.Delivered, await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>()
            .CorrelateMessageAsync("request-withdrawn", flow.Request.Number, new Dictionary<string, object?> { ["reason"] = "业主大会未通过" })));

    private Task<List<Refund>> RefundsAsync(string accountNumber) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var number = AccountNumber.Parse(accountNumber);
        var account = await db.Accounts.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Number == number && a.CompanyId == host.CompanyId);
        return await db.Refunds.IgnoreQueryFilters().AsNoTracking().Where(r => r.AccountId == account.Id).ToListAsync();
    });
}

public sealed class HouseholdMeterRetrofitWithdrawalSqliteTests(SqliteScenarioHost host) : HouseholdMeterRetrofitWithdrawalTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class HouseholdMeterRetrofitWithdrawalPostgresTests(PostgresScenarioHost host) : HouseholdMeterRetrofitWithdrawalTests(host), IClassFixture<PostgresScenarioHost>;
