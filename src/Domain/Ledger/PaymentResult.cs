namespace Orchestrator.Domain.Ledger;

/// <summary>What a payment did: which bills it paid and how much went to the account's credit.</summary>
public sealed record PaymentResult(
    Guid PaymentId,
    Guid AccountId,
    PaymentChannel Channel,
    string IdempotencyKey,
    decimal Amount,
    IReadOnlyList<BillAllocation> Allocations,
    decimal CreditedToAccount);
