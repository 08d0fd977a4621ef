namespace Orchestrator.Domain.Ledger;

/// <summary>The part of a payment that went to one bill.</summary>
public sealed record BillAllocation(Guid BillId, string Period, decimal Amount);
