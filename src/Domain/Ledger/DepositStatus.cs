namespace Orchestrator.Domain.Ledger;

public enum DepositStatus
{
    Held,
    RefundDue,
    Refunded,
}
