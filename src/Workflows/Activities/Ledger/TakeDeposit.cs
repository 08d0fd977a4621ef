using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// 收取押金: records the water deposit paid with the request's fee as held on the account. The header
/// 'kind' says which deposit it is (and so, later, when it is refunded).
/// </summary>
[Activity("water.takeDeposit", DisplayName = "收取押金 Take deposit", Category = "账务 Ledger",
    Description = "Header 'kind': LargeVolumeWater3Months, HouseholdRetrofit30Days or DeveloperTransfer3Cycles. Outcome 'none' when the amount is 0.")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("accountNumber", typeof(string), Required = true)]
[ActivityInput("depositAmount", typeof(decimal), Required = true)]
[ActivityOutput("depositId", typeof(string))]
[ActivityOutcome("held")]
[ActivityOutcome("none")]
public sealed class TakeDeposit : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var amount = context.Decimal("depositAmount") ?? 0;
        if (amount <= 0) return new ActivityResult(new Dictionary<string, object?> { ["depositId"] = null }, "none");
        var kind = Enum.Parse<DepositKind>(context.Header("kind", nameof(DepositKind.LargeVolumeWater3Months)), ignoreCase: true);
        var ledger = await new LedgerRepository(context.Db()).LoadAsync(context.RequiredText("accountNumber"), context.CancellationToken, context.CompanyId());
        var deposit = ledger.HoldDeposit(kind, amount, context.Today());
        context.Db().Add(deposit);
        await RequestRecords.NoteAsync(context, $"收取水费押金 {amount:0.00} 元（户号 {ledger.Account.Number}）。");
        return new ActivityResult(new Dictionary<string, object?> { ["depositId"] = deposit.Id.ToString() }, "held");
    }
}
