using Orchestrator.Domain.Billing;

namespace Orchestrator.Domain.Ledger;

/// <summary>A water bill's lines (basic water fee per tier, surcharges, relief) and the run it came from.</summary>
public sealed partial class Bill
{
    private List<BillLine> lines = [];

    public IReadOnlyList<BillLine> Lines => lines;

    /// <summary>The bill run that issued the bill; null for fee bills and special readings' bills.</summary>
    public Guid? BillRunId { get; private set; }

    internal static Bill IssueFromLines(
        Guid companyId, Guid accountId, string period, BillComputation computation, DateOnly issuedOn, DateOnly dueDate, Guid? runId)
    {
        var bill = Issue(companyId, accountId, period, Math.Max(0, computation.VolumeM3), Math.Max(0, computation.Amount), issuedOn, dueDate);
        bill.lines = [.. computation.Lines];
        bill.BillRunId = runId;
        return bill;
    }

    /// <summary>Takes <paramref name="amount"/> of a reversed payment off what was paid on the bill.</summary>
    internal void Unpay(decimal amount)
    {
        if (amount > AmountPaid)
            throw new InvalidAmountException("reversal on bill " + Period, amount, $"cannot exceed the {AmountPaid} yuan paid", "above-bill-paid", AmountPaid, Period);
        AmountPaid -= amount;
        if (IsWaived)
        {
            // Nothing more was owed on a waived bill: the reversed money comes off the waived amount too.
            lines.Add(new BillLine(BillLineKind.Waiver, "核销：缴费冲正", 0, 0, -amount));
            Amount = AmountPaid;
            return;
        }
        Status = Outstanding == 0 ? BillStatus.Paid : AmountPaid == 0 ? BillStatus.Unpaid : BillStatus.PartiallyPaid;
        if (Status != BillStatus.Paid) SettledOn = null;
    }
}
