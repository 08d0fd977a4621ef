using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// 撤回退费: when a customer withdraws a request after paying, totals what must go back — the paid part of
/// the request's fee bill and the deposit taken with it, which falls due for refund today — and writes it on
/// the timeline. The business office's refund task follows when the total is above zero.
/// </summary>
[Activity("water.paidFeesToRefund", DisplayName = "核对已缴费用 Paid fees to refund", Category = "账务 Ledger",
    Description = "Output 'refundDue' (yuan): fee paid plus the deposit held for the request; 0 when nothing was paid.")]
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
        var total = feePaid + (deposit?.Amount ?? 0);
        if (total > 0)
            await RequestRecords.NoteAsync(context,
                $"用户撤回：已缴费用 {feePaid:0.00} 元、押金 {deposit?.Amount ?? 0:0.00} 元，共 {total:0.00} 元转营业所退还。");
        return ActivityResult.With("refundDue", ActivityContextExtensions.Yuan(total));
    }
}
