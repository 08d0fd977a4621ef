using Orchestrator.Domain.Billing;

namespace Orchestrator.Domain.Ledger;

/// <summary>
/// Waiving what is still owed on a bill (核销): the bill's amount comes down to what was paid, so nothing is owed
/// or overdue on it any more, and its lines keep the original amount and each waiver with its reason.
/// </summary>
public sealed partial class Bill
{
    public bool IsWaived => Status == BillStatus.Waived;

    /// <summary>Waives the unpaid remainder; returns the yuan waived, 0 when nothing was owed.</summary>
    internal decimal WaiveRest(string reason, DateOnly on)
    {
        var rest = Outstanding;
        if (rest <= 0) return 0;
        if (lines.Count == 0)
            lines.Add(new BillLine(BillLineKind.Fee, IsFee ? "申请费用" : "应收金额", 0, 0, Amount));
        lines.Add(new BillLine(BillLineKind.Waiver, "核销：" + reason, 0, 0, -rest));
        Amount = AmountPaid;
        Status = BillStatus.Waived;
        SettledOn ??= on;
        return rest;
    }
}
