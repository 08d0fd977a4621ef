using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// 押金退还: sets when the deposit falls due for refund under <see cref="DepositRefundPolicy"/> — 30 days after
/// water-on for a retrofit, a year of normal payment for a large-volume connection, 3 billing cycles after a
/// developer's transfer — and writes the refund to the outbox for the Host to schedule.
/// </summary>
[Activity("water.scheduleDepositRefund", DisplayName = "安排押金退还 Schedule deposit refund", Category = "账务 Ledger",
    Description = "Headers 'retrofitRefundDays' (30), 'normalPaymentYears' (1), 'developerTransferCycles' (3) override the policy.")]
[ActivityInput("requestNumber", typeof(string))]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityInput("depositId", typeof(string), Description = "From 'Take deposit'; nothing is scheduled without one.")]
[ActivityOutput("refundDueOn", typeof(string))]
[ActivityOutcome("scheduled")]
[ActivityOutcome("none")]
public sealed class ScheduleDepositRefund : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (!Guid.TryParse(context.Text("depositId"), out var depositId))
            return new ActivityResult(new Dictionary<string, object?> { ["refundDueOn"] = null }, "none");
        var db = context.Db();
        var deposit = await db.Set<Deposit>().FindAsync([depositId], context.CancellationToken)
            ?? throw new DomainException("deposit.not-found", $"Deposit {depositId} does not exist.");
        var account = await db.Set<Account>().FindAsync([deposit.AccountId], context.CancellationToken);
        var due = DueOn(Policy(context), deposit.Kind, context.Today());
        deposit.MarkRefundDue(due);
        context.AddOutboxItem(DepositRefundDue.OutboxKind, new DepositRefundDue(
            deposit.Id, deposit.AccountId, account!.Number.Value, deposit.Kind.ToString(), deposit.Amount, due, context.Text("requestNumber")));
        await RequestRecords.NoteAsync(context, $"押金 {deposit.Amount:0.00} 元将于 {due:yyyy-MM-dd} 起退还。");
        return new ActivityResult(new Dictionary<string, object?> { ["refundDueOn"] = due.ToString("yyyy-MM-dd") }, "scheduled");
    }

    private static DateOnly DueOn(DepositRefundPolicy policy, DepositKind kind, DateOnly today) => kind switch
    {
        DepositKind.HouseholdRetrofit30Days => policy.RetrofitRefundDue(today),
        DepositKind.DeveloperTransfer3Cycles => policy.DeveloperTransferRefundDue(today),
        _ => today.AddYears(policy.NormalPaymentYears),
    };

    private static DepositRefundPolicy Policy(ActivityContext context)
    {
        var defaults = new DepositRefundPolicy();
        return new DepositRefundPolicy
        {
            RetrofitRefundDays = (int)context.HeaderDecimal("retrofitRefundDays", defaults.RetrofitRefundDays),
            NormalPaymentYears = (int)context.HeaderDecimal("normalPaymentYears", defaults.NormalPaymentYears),
            DeveloperTransferCycles = (int)context.HeaderDecimal("developerTransferCycles", defaults.DeveloperTransferCycles),
        };
    }
}
