using Orchestrator.Domain;
using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// 登记撤回退费: the business office has paid back what a withdrawn request had taken. The ledger records one refund
/// for the deposit (which becomes refunded) and one for the fee, each only when its compensation handler found
/// money to give back ('depositRefund', 'feeRefund'), paid by the channel the office chose and by the person who
/// completed the refund task; the timeline says so.
/// A deposit refunded before is refused by the ledger, so nothing is paid back twice.
/// </summary>
[Activity("water.recordWithdrawalRefund", DisplayName = "登记撤回退费 Record withdrawal refund", Category = "账务 Ledger",
    Description = "After the 'fee-refund-paid' task: records the fee and deposit refunds of a withdrawn request in the ledger.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("requestNumber", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string), Required = true)]
[ActivityInput("depositId", typeof(string))]
[ActivityInput("feeRefund", typeof(decimal))]
[ActivityInput("depositRefund", typeof(decimal))]
[ActivityInput("cancelledBy", typeof(string), Description = "Set by a hand cancellation: the refund's reason names who cancelled.")]
[ActivityInput("refundChannel", typeof(string), Description = "Cash or BankTransfer, from the refund task's form.")]
public sealed class RecordWithdrawalRefund : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var requestNumber = context.RequiredText("requestNumber");
        var ledger = await new LedgerRepository(context.Db()).LoadAsync(context.RequiredText("accountNumber"), context.CancellationToken, context.CompanyId());
        var channel = context.Text("refundChannel") == "Cash" ? PaymentChannel.Counter : PaymentChannel.Bank;
        var reason = context.Text("cancelledBy") is { Length: > 0 } by ? $"{by.Trim()}撤销申请 {requestNumber}" : $"用户撤回申请 {requestNumber}";
        var (paidBy, now) = (PaidBy(context), context.Now());
        var lines = new List<string>();
        if ((context.Decimal("depositRefund") ?? 0) > 0)
        {
            var depositId = Guid.TryParse(context.Text("depositId"), out var id)
                ? id
                : throw new DomainException("deposit.invalid", $"Request {requestNumber} refunds a deposit but names none.");
            var refund = ledger.RefundDeposit(depositId, channel, reason, paidBy, now);
            context.Db().Add(refund);
            lines.Add($"押金 {refund.Amount:0.00} 元");
        }
        if (context.Decimal("feeRefund") is > 0 and var fee)
        {
            context.Db().Add(ledger.RefundFee(requestNumber, fee, channel, reason, paidBy, now));
            lines.Add($"费用 {fee:0.00} 元");
        }
        if (lines.Count > 0)
            await RequestRecords.NoteAsync(context, $"已退还{string.Join("、", lines)}（{(channel == PaymentChannel.Counter ? "现金" : "银行转账")}）。");
        return ActivityResult.Done();
    }

    /// <summary>Who completed the refund task in this same step (so the cash close counts it under them), else the office.</summary>
    private static string PaidBy(ActivityContext context) =>
        context.Db().Set<UserTaskRecord>().Local
            .Where(t => t.InstanceId == context.InstanceId && t.Status == UserTaskStatus.Completed && t.CompletedBy != null)
            .OrderByDescending(t => t.CompletedAt).FirstOrDefault()?.CompletedBy ?? context.Header("paidBy", "营业所");
}
