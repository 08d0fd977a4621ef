namespace Orchestrator.Domain.Ledger;

public enum BillStatus
{
    Unpaid,
    PartiallyPaid,
    Paid,

    /// <summary>What was still owed was waived (核销), e.g. the fee of a withdrawn request; nothing is owed.</summary>
    Waived,
}
