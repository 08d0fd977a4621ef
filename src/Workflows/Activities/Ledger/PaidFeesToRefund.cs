using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// 撤回退费: when a customer withdraws a request after paying, totals what must go back — the paid part of
/// the request's fee bill, which includes any deposit collected with the fee (that deposit falls due for
/// refund today, so it is not refunded twice) — and writes it on the timeline. The business office's refund
/// task follows when the total is above zero.
/// </summary>
[Activity("water.paidFeesToRefund", DisplayName = "核对已缴费用 Paid fees to refund", Category = "账务 Ledger",
    Description = "Output 'refundDue' (yuan): what was paid on the request's fee bill (deposit included); 0 when nothing was paid.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("requestNumber", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string))]
[ActivityInput("depositId", typeof(string))]
[ActivityOutput("refundDue", typeof(decimal))]
public sealed class PaidFeesToRefund : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.Text("accountNumber") is not { } accountNumber)
            return ActivityResult.With("refundDue", 0d);
        var ledger = await new LedgerRepository(context.Db()).LoadAsync(accountNumber, context.CancellationToken, context.CompanyId());
        var feePaid = ledger.FeeOf(context.RequiredText("requestNumber"))?.AmountPaid ?? 0;
        var deposit = Guid.TryParse(context.Text("depositId"), out var depositId)
            ? ledger.Deposits.FirstOrDefault(d => d.Id == depositId && d.Status == DepositStatus.Held)
            : null;
        deposit?.MarkRefundDue(context.Today());
        if (feePaid > 0)
            await RequestRecords.NoteAsync(context,
                $"用户撤回：已缴 {feePaid:0.00} 元（其中押金 {deposit?.Amount ?? 0:0.00} 元）转营业所退还。");
        return ActivityResult.With("refundDue", ActivityContextExtensions.Yuan(feePaid));
    }
}
