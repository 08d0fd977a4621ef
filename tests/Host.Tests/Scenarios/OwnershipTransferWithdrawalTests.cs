using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>
/// 过户: a developer who withdraws the transfer before paying the deposit of three billing cycles leaves nothing owed;
/// the fee bill is waived, so the next request on the account is not held at the arrears check. Paid, it is refunded.
/// </summary>
public abstract class OwnershipTransferWithdrawalTests(IScenarioHost host)
{
    [Fact]
    public async Task Withdrawn_before_paying_the_fee_bill_is_waived_and_the_next_transfer_passes_the_arrears_check()
    {
        var (flow, account) = await ApprovedAsync();
        Assert.Contains("PaymentReceived", (await flow.InstanceAsync()).ActiveElementIds);

        await WithdrawAsync(flow);

        Assert.Empty(await flow.OpenTasksAsync());
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        var fee = Assert.Single((await flow.DetailsAsync()).Fees);
        Assert.Equal((0m, 0m, nameof(BillStatus.Waived)), (fee.Amount, fee.Outstanding, fee.Status));

        host.Clock.Set(new DateOnly(2026, 9, 21), new TimeOnly(10, 0));
        var next = await SubmitAsync(account);
        Assert.Equal(0L, (await next.InstanceAsync()).Variables["arrears"]);
        Assert.Equal(["DeveloperSurvey"], (await next.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Fact]
    public async Task Withdrawn_after_paying_the_deposit_is_refunded_and_nothing_is_waived()
    {
        var (flow, account) = await ApprovedAsync();
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "DEV-" + flow.Request.Number, account.AccountNumber, 450, flow.Request.Number));

        await WithdrawAsync(flow);

        Assert.Equal(450m, Convert.ToDecimal((await flow.InstanceAsync()).Variables["refundDue"]));
        await flow.CompleteAsync("RefundWithdrawal", ("refundedAmount", 450), ("refundChannel", "Cash"));
        var details = await flow.DetailsAsync();
        Assert.Equal(nameof(DepositStatus.Refunded), Assert.Single(details.Deposits).Status);
        var fee = Assert.Single(details.Fees);
        Assert.Equal((450m, 450m, nameof(BillStatus.Paid)), (fee.Amount, fee.AmountPaid, fee.Status));
        Assert.DoesNotContain(details.Timeline, e => e.Text.Contains("已核销"));
    }

    private async Task<(FlowDriver, TestAccount)> ApprovedAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var flow = await SubmitAsync(account);
        await flow.CompleteAsync("DeveloperSurvey", ("findings", "表位正常"), ("depositAmount", 450));
        await flow.CompleteAsync("ManagerApproval", ("approved", true));
        return (flow, account);
    }

    private Task<FlowDriver> SubmitAsync(TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.OwnershipTransfer, ApplicantKind.Developer, RequestChannel.Counter, null, "过户",
            null, new NewApplicant(CustomerKind.Person, "新户主", TestAccounts.NextResidentId(), ["13700137000"]), account.AccountNumber,
            ["resident-list", "deed-tax-invoice", "resident-ids"]));

    private async Task WithdrawAsync(FlowDriver flow) =>
        Assert.Equal(CorrelationResult.Delivered, await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>()
            .CorrelateMessageAsync("request-withdrawn", flow.Request.Number, new Dictionary<string, object?> { ["reason"] = "开发企业撤回" })));
}

public sealed class OwnershipTransferWithdrawalSqliteTests(SqliteScenarioHost host) : OwnershipTransferWithdrawalTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class OwnershipTransferWithdrawalPostgresTests(PostgresScenarioHost host) : OwnershipTransferWithdrawalTests(host), IClassFixture<PostgresScenarioHost>;
