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
/// nothing. Each adds its part to 'refundDue'. Without the header (flows deployed before) it does both at once.
/// </summary>
[Activity("water.paidFeesToRefund", DisplayName = "核对已缴费用 Paid fees to refund", Category = "账务 Ledger",
    Description = "Header 'part': 'fee' or 'deposit' (compensation handlers), none for both. Adds to output 'refundDue' (yuan); outputs 'feeRefund' and 'depositRefund'.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("requestNumber", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string))]
[ActivityInput("depositId", typeof(string))]
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
        if (part == "all")
        {
            if (deposit?.Status == DepositStatus.Held) deposit.MarkRefundDue(context.Today());
            if (paid > 0)
                await RequestRecords.NoteAsync(context, $"用户撤回：已缴 {paid:0.00} 元（其中押金 {deposit?.Amount ?? 0:0.00} 元）转营业所退还。");
            return Result(context, part, paid - (deposit?.Amount ?? 0), deposit?.Amount ?? 0);
        }
        if (part == "deposit")
        {
            if (deposit?.Status != DepositStatus.Held)
                return Result(context, part, 0, 0);
            deposit.MarkRefundDue(context.Today());
            await RequestRecords.NoteAsync(context, $"用户撤回：押金 {deposit.Amount:0.00} 元转营业所退还。");
            return Result(context, part, 0, deposit.Amount);
        }
        var feePaid = Math.Max(0, paid - (deposit?.Amount ?? 0));
        if (feePaid > 0)
            await RequestRecords.NoteAsync(context, $"用户撤回：已缴费用 {feePaid:0.00} 元转营业所退还。");
        return Result(context, part, feePaid, 0);
    }

    private static ActivityResult Result(ActivityContext context, string part, decimal fee, decimal deposit)
    {
        var before = part == "all" ? 0 : context.Decimal("refundDue") ?? 0;
        var outputs = new Dictionary<string, object?> { ["refundDue"] = ActivityContextExtensions.Yuan(before + fee + deposit) };
        if (part is "all" or "fee") outputs["feeRefund"] = ActivityContextExtensions.Yuan(fee);
        if (part is "all" or "deposit") outputs["depositRefund"] = ActivityContextExtensions.Yuan(deposit);
        return new ActivityResult(outputs);
    }
}
