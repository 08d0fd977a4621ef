namespace Orchestrator.Domain.Ledger;

public enum BillStatus
{
    Unpaid,
    PartiallyPaid,
    Paid,
}
