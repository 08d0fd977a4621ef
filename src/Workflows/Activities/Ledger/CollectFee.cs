using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// 收取费用: bills the request's fee (and any deposit paid with it) to its account. The flow then waits for
/// the message <c>payment-received</c>, which the payment callback (or the counter) correlates by request
/// number once the fee bill is paid in full.
/// </summary>
[Activity("water.collectFee", DisplayName = "收取费用 Collect fee", Category = "账务 Ledger",
    Description = "Issues one fee bill of amount + depositAmount, numbered by the request; then wait for 'payment-received'.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("requestNumber", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string), Required = true)]
[ActivityInput("amount", typeof(decimal), Required = true, Description = "The fee in yuan (工程款, installation fee).")]
[ActivityInput("depositAmount", typeof(decimal), Description = "A water deposit collected with the fee.")]
[ActivityOutput("feeDue", typeof(decimal), Description = "Yuan still to pay after the account's credit.")]
[ActivityOutput("feeBillId", typeof(string))]
[ActivityOutcome("awaiting-payment")]
[ActivityOutcome("paid")]
public sealed class CollectFee : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var total = (context.Decimal("amount") ?? 0) + (context.Decimal("depositAmount") ?? 0);
        var ledger = await new LedgerRepository(context.Db()).LoadAsync(context.RequiredText("accountNumber"), context.CancellationToken, context.CompanyId());
        var bill = ledger.IssueFee(context.RequiredText("requestNumber"), total, context.Today());
        if (context.Db().Entry(bill).State == Microsoft.EntityFrameworkCore.EntityState.Detached) context.Db().Add(bill);
        await RequestRecords.NoteAsync(context, $"开具费用 {total:0.00} 元（户号 {ledger.Account.Number}），待缴 {bill.Outstanding:0.00} 元。");
        var outputs = new Dictionary<string, object?> { ["feeDue"] = ActivityContextExtensions.Yuan(bill.Outstanding), ["feeBillId"] = bill.Id.ToString() };
        return new ActivityResult(outputs, bill.Outstanding == 0 ? "paid" : "awaiting-payment");
    }
}
