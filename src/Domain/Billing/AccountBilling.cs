using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Domain.Billing;

/// <summary>
/// Decides and computes one account's bill in a run: suspended and closed accounts are not billed (their
/// final bill did that), a reading on the review list holds the account back, and the volume of every
/// billable unbilled reading up to the period's end is priced together.
/// </summary>
public static class AccountBilling
{
    public static (BillRunOutcome Outcome, BillComputation? Bill, IReadOnlyList<MeterReading> Readings) Decide(
        Account account, IReadOnlyCollection<MeterReading> unbilledReadings, bool hasBillForPeriod, TieredTariff? tariff,
        BillingSettings settings, ReadingPeriod period, int cycleMonths)
    {
        if (account.Status != AccountStatus.Active) return (BillRunOutcome.NotSupplied, null, []);
        var due = unbilledReadings.Where(r => r.AccountId == account.Id && r.Billable && !r.IsBilled && r.ReadOn <= period.LastDay).ToList();
        if (due.Any(r => r.Review == ReadingReview.Pending)) return (BillRunOutcome.HeldForReview, null, []);
        if (due.Count == 0) return (BillRunOutcome.NoReading, null, []);
        if (hasBillForPeriod) return (BillRunOutcome.AlreadyBilled, null, []);
        if (tariff is null)
            throw new DomainException("tariff.missing", $"There is no {account.WaterNature} tariff for account {account.Number}; set up the company's tariff first.")
            { Arguments = [account.WaterNature, account.Number] };
        var volume = due.Sum(r => r.VolumeM3);
        var reliefVolume = account.ReliefGrantedOn is { } granted ? due.Where(r => r.ReadOn > granted).Sum(r => r.VolumeM3) : 0;
        var bill = BillCalculator.Calculate(account, tariff, settings, volume, reliefVolume, cycleMonths, due.Max(r => r.ReadOn));
        return (BillRunOutcome.Billed, bill, due);
    }
}
