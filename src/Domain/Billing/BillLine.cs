namespace Orchestrator.Domain.Billing;

/// <summary>One line of a bill: what was charged (or taken off) for how many m³ at what price.</summary>
public sealed record BillLine(BillLineKind Kind, string Name, decimal VolumeM3, decimal UnitPrice, decimal Amount, int? Tier = null);
