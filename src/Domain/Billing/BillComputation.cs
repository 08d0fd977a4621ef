namespace Orchestrator.Domain.Billing;

/// <summary>A computed bill: its lines and their sum (below zero when a real reading corrects a too-high estimate).</summary>
public sealed record BillComputation(decimal VolumeM3, IReadOnlyList<BillLine> Lines)
{
    public decimal Amount => Lines.Sum(l => l.Amount);

    public decimal ReliefAmount => -Lines.Where(l => l.Kind == BillLineKind.Relief).Sum(l => l.Amount);
}
