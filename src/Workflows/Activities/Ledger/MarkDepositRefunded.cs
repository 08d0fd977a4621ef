using Orchestrator.Domain;
using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>登记退款: the business office has paid the deposit back; the ledger records it as refunded today.</summary>
[Activity("water.markDepositRefunded", DisplayName = "登记押金退还 Record deposit refunded", Category = "账务 Ledger",
    Description = "Marks the deposit refunded on the day the business office paid it back.")]
[ActivityInput("depositId", typeof(string), Required = true)]
[ActivityOutput("refundedOn", typeof(string))]
public sealed class MarkDepositRefunded : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var depositId = Guid.TryParse(context.Text("depositId"), out var id)
            ? id
            : throw new DomainException("deposit.invalid", $"'{context.Text("depositId")}' is not a deposit id.");
        var deposit = await context.Db().Set<Deposit>().FindAsync([depositId], context.CancellationToken)
            ?? throw new DomainException("deposit.not-found", $"Deposit {depositId} does not exist.");
        var today = context.Today();
        deposit.MarkRefunded(today);
        return new ActivityResult(new Dictionary<string, object?> { ["refundedOn"] = today.ToString("yyyy-MM-dd") });
    }
}
