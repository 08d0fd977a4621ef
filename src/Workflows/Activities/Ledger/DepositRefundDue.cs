namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>
/// The outbox payload (kind <see cref="OutboxKind"/>) that asks the Host to schedule a deposit's refund:
/// on <see cref="RefundDueOn"/> the business office is told to return it. For a large-volume connection the
/// date is the earliest possible one; the job checks the year of normal payment again when it runs.
/// </summary>
public sealed record DepositRefundDue(
    Guid DepositId, Guid AccountId, string AccountNumber, string Kind, decimal Amount, DateOnly RefundDueOn, string? RequestNumber)
{
    public const string OutboxKind = "deposit.refund";
}
