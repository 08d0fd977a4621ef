using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>
/// 新装接水: a customer's withdrawal refunds through compensation. The withdrawal event sub-process throws
/// compensation; the handlers on the fee and deposit steps put on the refund only what was actually paid, the
/// deposit first, each once; the business office pays it back and the ledger records one refund per part.
/// </summary>
public abstract class NewConnectionWithdrawalRefundTests(IScenarioHost host)
{
    private static readonly string[] Handlers = ["RefundDepositHeld", "RefundFeePaid"];

    [Fact]
    public async Task Withdrawn_before_paying_the_fee_nothing_is_refunded()
    {
        var flow = await ApprovedAsync(budget: 18_000, deposit: 3_000);
        Assert.Contains("PaymentReceived", (await flow.InstanceAsync()).ActiveElementIds);

        await WithdrawAsync(flow, "改用自备井");

        Assert.Empty(await flow.OpenTasksAsync());
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        var instance = await flow.InstanceAsync();
        Assert.Equal("Completed", instance.Status.ToString());
        Assert.Equal(0m, Convert.ToDecimal(instance.Variables["refundDue"]));
        Assert.Empty(await RefundsAsync(flow));
        Assert.Empty((await flow.DetailsAsync()).Deposits);
        Assert.DoesNotContain((await flow.DetailsAsync()).Timeline, e => e.Text.Contains("转营业所退还"));
        Assert.Equal(["RefundFeePaid"], await HandlersRunAsync(flow));
    }

    [Fact]
    public async Task Withdrawn_before_paying_the_fee_bill_is_waived_and_the_customers_next_request_passes_the_arrears_check()
    {
        var flow = await ApprovedAsync(budget: 18_000, deposit: 3_000);
        var fee = Assert.Single((await flow.DetailsAsync()).Fees);
        Assert.Equal((21_000m, 0m), (fee.Amount, fee.AmountPaid));

        await WithdrawAsync(flow, "改用自备井");

        var details = await flow.DetailsAsync();
        fee = Assert.Single(details.Fees);
        Assert.Equal((0m, 0m, nameof(BillStatus.Waived)), (fee.Outstanding, fee.AmountPaid, fee.Status));
        Assert.Single(details.Timeline, e => e.Text.Contains("未缴费用 21000.00 元已核销"));
        var bill = await FeeBillAsync(flow);
        Assert.Equal([-21_000m], bill.Lines.Where(l => l.Kind == Orchestrator.Domain.Billing.BillLineKind.Waiver).Select(l => l.Amount));
        Assert.Contains("申请撤回", bill.Lines[^1].Name);

        // The fee was due on the day it was issued: left unpaid it would be arrears from tomorrow on.
        host.Clock.Set(new DateOnly(2026, 9, 28), new TimeOnly(9, 0));
        var next = await FlowDriver.SubmitAsync(host, NextRequest(details.CustomerId!.Value));
        Assert.Equal(0L, (await next.InstanceAsync()).Variables["arrears"]);
        Assert.Equal(["Survey"], (await next.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Fact]
    public async Task Withdrawn_after_paying_part_of_the_fee_the_part_is_refunded_and_the_rest_waived()
    {
        var flow = await ApprovedAsync(budget: 18_000, deposit: 3_000);
        var details = await flow.DetailsAsync();
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-PART-" + flow.Request.Number, details.AccountNumber!, 5_000m, flow.Request.Number));
        Assert.Contains("PaymentReceived", (await flow.InstanceAsync()).ActiveElementIds);

        await WithdrawAsync(flow, "资金不足");

        Assert.Equal(5_000m, Convert.ToDecimal((await flow.InstanceAsync()).Variables["refundDue"]));
        var fee = Assert.Single((await flow.DetailsAsync()).Fees);
        Assert.Equal((5_000m, 5_000m, 0m, nameof(BillStatus.Waived)), (fee.Amount, fee.AmountPaid, fee.Outstanding, fee.Status));
        Assert.Single((await flow.DetailsAsync()).Timeline, e => e.Text.Contains("未缴费用 16000.00 元已核销"));
        await flow.CompleteAsync("RefundWithdrawal", ("refundedAmount", 5_000), ("refundChannel", "BankTransfer"));
        Assert.Equal([(RefundKind.Fee, 5_000m)], (await RefundsAsync(flow)).Select(r => (r.Kind, r.Amount)));

        host.Clock.Set(new DateOnly(2026, 9, 28), new TimeOnly(9, 0));
        var next = await FlowDriver.SubmitAsync(host, NextRequest(details.CustomerId!.Value));
        Assert.Equal(["Survey"], (await next.OpenTasksAsync()).Select(t => t.ElementId));
    }

    [Fact]
    public async Task Withdrawn_after_fee_and_deposit_both_are_refunded_once_deposit_first_and_recorded_in_the_ledger()
    {
        var flow = await ApprovedAsync(budget: 18_000, deposit: 3_000);
        var account = (await flow.DetailsAsync()).AccountNumber!;
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-" + flow.Request.Number, account, 21_000m, flow.Request.Number));
        Assert.Equal(["ConstructionAgreement"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));

        await WithdrawAsync(flow, "项目取消");

        var refund = await flow.TaskAsync("RefundWithdrawal");
        Assert.Equal(["business-office"], refund.CandidateGroupList());
        Assert.Equal(21_000m, Convert.ToDecimal((await flow.InstanceAsync()).Variables["refundDue"]));
        Assert.Equal(["RefundDepositHeld", "RefundFeePaid"], await HandlersRunAsync(flow));
        var details = await flow.DetailsAsync();
        Assert.Equal(nameof(DepositStatus.RefundDue), Assert.Single(details.Deposits).Status);
        Assert.Single(details.Timeline, e => e.Text.Contains("押金 3000.00 元转营业所退还"));
        Assert.Single(details.Timeline, e => e.Text.Contains("已缴费用 18000.00 元转营业所退还"));

        await flow.CompleteAsync("RefundWithdrawal", ("refundedAmount", 21_000), ("refundChannel", "BankTransfer"));

        Assert.Equal("Completed", (await flow.InstanceAsync()).Status.ToString());
        var refunds = await RefundsAsync(flow);
        Assert.Equal([(RefundKind.Deposit, 3_000m), (RefundKind.Fee, 18_000m)], refunds.Select(r => (r.Kind, r.Amount)).Order());
        Assert.All(refunds, r => Assert.Equal((PaymentChannel.Bank, "tester"), (r.Channel, r.PaidBy)));
        details = await flow.DetailsAsync();
        Assert.Equal(nameof(DepositStatus.Refunded), Assert.Single(details.Deposits).Status);
        Assert.Contains(details.Timeline, e => e.Text.Contains("已退还押金 3000.00 元、费用 18000.00 元"));
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        Assert.Equal(["RefundDepositHeld", "RefundFeePaid"], await HandlersRunAsync(flow));
        var fee = Assert.Single(details.Fees);
        Assert.Equal((21_000m, 21_000m, nameof(BillStatus.Paid)), (fee.Amount, fee.AmountPaid, fee.Status));
        Assert.DoesNotContain(details.Timeline, e => e.Text.Contains("已核销"));
    }

    [Fact]
    public async Task A_paid_fee_without_a_deposit_is_refunded_alone_and_paid_back_in_cash()
    {
        var flow = await ApprovedAsync(budget: 5_000, deposit: 0);
        var account = (await flow.DetailsAsync()).AccountNumber!;
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-" + flow.Request.Number, account, 5_000m, flow.Request.Number));

        await WithdrawAsync(flow, "");
        await flow.CompleteAsync("RefundWithdrawal", ("refundedAmount", 5_000), ("refundChannel", "Cash"));

        var refund = Assert.Single(await RefundsAsync(flow));
        Assert.Equal((RefundKind.Fee, 5_000m, PaymentChannel.Counter), (refund.Kind, refund.Amount, refund.Channel));
        // The deposit step completed without taking a deposit: its handler runs and finds nothing to give back.
        Assert.Equal(["RefundDepositHeld", "RefundFeePaid"], await HandlersRunAsync(flow));
        Assert.Empty((await flow.DetailsAsync()).Deposits);
    }

    [Fact]
    public async Task A_withdrawal_message_after_the_will_not_sign_withdrawal_takes_over_its_refund_and_pays_back_once()
    {
        var flow = await ApprovedAsync(budget: 18_000, deposit: 3_000);
        var account = (await flow.DetailsAsync()).AccountNumber!;
        await flow.PayAsync(new PaymentCallback(PaymentChannel.Bank, "BANK-" + flow.Request.Number, account, 21_000m, flow.Request.Number));
        await flow.CompleteAsync("ConstructionAgreement", ("agreementSigned", false));
        await flow.CompleteAsync("AwaitConstructionAgreement", ("agreementOutcome", "withdrawn"), ("withdrawReason", "项目取消"));
        Assert.Equal(["RefundPaidFees"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));

        await WithdrawAsync(flow, "再次申请撤回");

        Assert.Equal(["RefundWithdrawal"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));
        Assert.Equal(21_000m, Convert.ToDecimal((await flow.InstanceAsync()).Variables["refundDue"]));
        await flow.CompleteAsync("RefundWithdrawal", ("refundedAmount", 21_000), ("refundChannel", "BankTransfer"));
        Assert.Equal([(RefundKind.Deposit, 3_000m), (RefundKind.Fee, 18_000m)], (await RefundsAsync(flow)).Select(r => (r.Kind, r.Amount)).Order());
        Assert.Equal(["RefundDepositHeld", "RefundFeePaid"], await HandlersRunAsync(flow));
        Assert.Equal("Completed", (await flow.InstanceAsync()).Status.ToString());
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
    }

    private async Task<FlowDriver> ApprovedAsync(double budget, double deposit)
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual,
            RequestChannel.Counter, "新区大道12号", "新建住宅接水", null,
            new NewApplicant(CustomerKind.Person, "退费用户", TestAccounts.NextResidentId(), ["13900139012"]), null,
            ["id-or-household-register", "property-certificate", "plan-location-map"]));
        await flow.CompleteAsync("Survey", ("feasible", true));
        await flow.CompleteAsync("Design", ("designSummary", "DN50"), ("permitsNeeded", false));
        await flow.CompleteAsync("Budget", ("amount", budget), ("depositAmount", deposit));
        await flow.CompleteAsync("LeaderApproval", ("approved", true));
        host.Clock.Set(new DateOnly(2026, 9, 21), new TimeOnly(11, 30));
        return flow;
    }

    private static SubmitRequest NextRequest(Guid customerId) =>
        new(ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter, "新区大道14号", "再次申请接水",
            customerId, null, null, ["id-or-household-register", "property-certificate", "plan-location-map"]);

    private Task<Bill> FeeBillAsync(FlowDriver flow) => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Bills.IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.Period == flow.Request.Number && b.CompanyId == host.CompanyId));

    private async Task WithdrawAsync(FlowDriver flow, string reason) =>
        Assert.Equal(CorrelationResult.Delivered, await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>()
            .CorrelateMessageAsync("request-withdrawn", flow.Request.Number, new Dictionary<string, object?> { ["reason"] = reason })));

    private Task<List<Refund>> RefundsAsync(FlowDriver flow) => host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var number = AccountNumber.Parse((await flow.DetailsAsync()).AccountNumber!);
        var account = await db.Accounts.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Number == number && a.CompanyId == host.CompanyId);
        return await db.Refunds.IgnoreQueryFilters().AsNoTracking().Where(r => r.AccountId == account.Id).ToListAsync();
    });

    /// <summary>The compensation handlers the engine completed for this request, in the order they ran.</summary>
    private Task<List<string>> HandlersRunAsync(FlowDriver flow) => host.InScopeAsync(s =>
        s.GetRequiredService<OrchestratorDbContext>().Set<HistoryRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.InstanceId == flow.Request.InstanceId && Handlers.Contains(h.ElementId) && h.Event == "completed")
            .OrderBy(h => h.Sequence).Select(h => h.ElementId).ToListAsync());
}

public sealed class NewConnectionWithdrawalRefundSqliteTests(SqliteScenarioHost host) : NewConnectionWithdrawalRefundTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class NewConnectionWithdrawalRefundPostgresTests(PostgresScenarioHost host) : NewConnectionWithdrawalRefundTests(host), IClassFixture<PostgresScenarioHost>;
