namespace Orchestrator.Domain.Ledger;

public enum ReceiptStatus
{
    Issued,

    /// <summary>作废: the number stays used; the payment may get a new receipt.</summary>
    Voided,
}
