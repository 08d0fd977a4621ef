namespace Orchestrator.Domain.Ledger;

/// <summary>
/// What a newly applied payment settled, the only source of the ledger's messages to waiting flows:
/// the fee bills of service requests it paid in full, and whether it paid an overdue water bill.
/// A repeated payment notice settles nothing.
/// </summary>
public sealed record PaymentSettlement(IReadOnlyList<string> FeesSettledForRequests, bool PaidArrears)
{
    public static PaymentSettlement Nothing { get; } = new([], false);
}
