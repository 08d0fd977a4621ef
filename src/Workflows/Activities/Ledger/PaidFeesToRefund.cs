using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// 撤回退费: when a customer withdraws a request, totals what must go back and writes it on the timeline; the
/// business office's refund task follows when the total is above zero. The flows run it as the compensation
/// handlers of the fee and deposit steps (header 'part'): 'deposit' marks the held deposit due for refund today,
/// 'fee' takes what was paid on the request's fee bill less that deposit, so a withdrawal before payment refunds
/// nothing, and waives (核销) in the ledger what is still unpaid on that bill, so it is not left owed as arrears.
/// Each adds its part to 'refundDue'. Without the header (flows deployed before) it does both at once.
/// When a member of staff cancelled the request by hand ('cancelledBy', 'reason' from the cancel command), the
/// timeline and the waiver say who and why instead of "the customer withdrew".
/// </summary>
[Activity("water.paidFeesToRefund", DisplayName = "核对已缴费用 Paid fees to refund", Category = "账务 Ledger",
    Description = "Header 'part': 'fee' (also waives the unpaid rest of the fee bill) or 'deposit' (compensation handlers), none for both. Adds to output 'refundDue' (yuan); outputs 'feeRefund' and 'depositRefund'.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("requestNumber", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string))]
[ActivityInput("depositId", typeof(string))]
[ActivityInput("cancelledBy", typeof(string), Description = "Set by a hand cancellation: the member of staff who cancelled.")]
[ActivityInput("reason", typeof(string), Description = "Why the request was withdrawn or cancelled.")]
[ActivityOutput("refundDue", typeof(decimal))]
[ActivityOutput("feeRefund", typeof(decimal))]
[ActivityOutput("depositRefund", typeof(decimal))]
public sealed class PaidFeesToRefund : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var part = context.Header("part", "all");
        if (context.Text("accountNumber") is not { } accountNumber)
            return Result(context, part, 0, 0);
        var ledger = await new LedgerRepository(context.Db()).LoadAsync(accountNumber, context.CancellationToken, context.CompanyId());
        var deposit = Guid.TryParse(context.Text("depositId"), out var depositId) ? ledger.Deposits.FirstOrDefault(d => d.Id == depositId) : null;
        var paid = ledger.FeeOf(context.RequiredText("requestNumber"))?.AmountPaid ?? 0;
        if (part is "all" or "fee") await WaiveUnpaidFeeAsync(context, ledger);
        if (part == "all")
        {
            if (deposit?.Status == DepositStatus.Held) deposit.MarkRefundDue(context.Today());
            if (paid > 0)
                await RequestRecords.NoteAsync(context, $"{Who(context)}：已缴 {paid:0.00} 元（其中押金 {deposit?.Amount ?? 0:0.00} 元）转营业所退还。");
            return Result(context, part, paid - (deposit?.Amount ?? 0), deposit?.Amount ?? 0);
        }
        if (part == "deposit")
        {
            if (deposit?.Status != DepositStatus.Held)
                return Result(context, part, 0, 0);
            deposit.MarkRefundDue(context.Today());
            await RequestRecords.NoteAsync(context, $"{Who(context)}：押金 {deposit.Amount:0.00} 元转营业所退还。");
            return Result(context, part, 0, deposit.Amount);
        }
        var feePaid = Math.Max(0, paid - (deposit?.Amount ?? 0));
        if (feePaid > 0)
            await RequestRecords.NoteAsync(context, $"{Who(context)}：已缴费用 {feePaid:0.00} 元转营业所退还。");
        return Result(context, part, feePaid, 0);
    }

    /// <summary>
    /// What the customer had not yet paid of the fee is no longer owed: the ledger waives it (once; the handler
    /// runs once per withdrawal), so it cannot count as arrears against the customer's next request.
    /// </summary>
    private static async Task WaiveUnpaidFeeAsync(ActivityContext context, AccountLedger ledger)
    {
        var waived = ledger.WaiveFee(context.RequiredText("requestNumber"), WaiverReason(context), context.Today());
        if (waived > 0)
            await RequestRecords.NoteAsync(context, $"{Who(context)}：未缴费用 {waived:0.00} 元已核销，不再欠缴。");
    }

    /// <summary>"用户撤回", or "王主管撤销申请（原因：重复受理）" when staff cancelled it by hand.</summary>
    private static string Who(ActivityContext context) =>
        CancelledBy(context) is { } by ? $"{by}撤销申请（原因：{Reason(context)}）" : "用户撤回";

    private static string WaiverReason(ActivityContext context)
    {
        var reason = CancelledBy(context) is { } by ? $"{by}撤销申请：{Reason(context)}" : "申请撤回 withdrawn";
        return reason.Length <= 200 ? reason : reason[..199] + "…";
    }

    private static string? CancelledBy(ActivityContext context) => context.Text("cancelledBy") is { Length: > 0 } by ? by.Trim() : null;

    private static string Reason(ActivityContext context) => context.Text("reason") is { Length: > 0 } reason ? reason.Trim() : "未说明原因";

    private static ActivityResult Result(ActivityContext context, string part, decimal fee, decimal deposit)
    {
        var before = part == "all" ? 0 : context.Decimal("refundDue") ?? 0;
        var outputs = new Dictionary<string, object?> { ["refundDue"] = ActivityContextExtensions.Yuan(before + fee + deposit) };
        if (part is "all" or "fee") outputs["feeRefund"] = ActivityContextExtensions.Yuan(fee);
        if (part is "all" or "deposit") outputs["depositRefund"] = ActivityContextExtensions.Yuan(deposit);
        return new ActivityResult(outputs);
    }
}
