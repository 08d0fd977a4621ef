namespace Orchestrator.Domain.Ledger;

/// <summary>When each kind of deposit falls due for refund (seed 004). Periods are parameters.</summary>
public sealed record DepositRefundPolicy
{
    public int RetrofitRefundDays { get; init; } = 30;
    public int NormalPaymentYears { get; init; } = 1;
    public int DeveloperTransferCycles { get; init; } = 3;

    /// <summary>Household meters are read, and billed, every 2 months.</summary>
    public int BillingCycleMonths { get; init; } = 2;

    /// <summary>One meter per household: the business office refunds within 30 days of water-on.</summary>
    public DateOnly RetrofitRefundDue(DateOnly waterOn) => waterOn.AddDays(RetrofitRefundDays);

    /// <summary>Developer to residents: after 3 billing cycles from the transfer.</summary>
    public DateOnly DeveloperTransferRefundDue(DateOnly transferredOn, int? cycleMonths = null) =>
        transferredOn.AddMonths(DeveloperTransferCycles * (cycleMonths ?? BillingCycleMonths));

    /// <summary>
    /// Large-volume new connection: due once a full year has passed with no overdue bill. A bill paid
    /// late restarts the year from the day it was settled; an overdue bill still unpaid means not yet.
    /// Returns null when the refund is not yet due on <paramref name="asOf"/>.
    /// </summary>
    public DateOnly? LargeVolumeRefundDue(DateOnly connectedOn, IEnumerable<Bill> bills, DateOnly asOf)
    {
        var yearStart = connectedOn;
        foreach (var bill in bills.Where(b => b.DueDate < asOf).OrderBy(b => b.DueDate))
        {
            if (bill.DueDate >= yearStart.AddYears(NormalPaymentYears)) break;
            if (!bill.WasOverdue(asOf)) continue;
            if (bill.SettledOn is not { } settled) return null;
            if (settled > yearStart) yearStart = settled;
        }
        var due = yearStart.AddYears(NormalPaymentYears);
        return due <= asOf ? due : null;
    }
}
