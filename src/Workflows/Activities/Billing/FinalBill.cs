using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Workflows.Activities.Ledger;

namespace Orchestrator.Workflows.Activities.Billing;

/// <summary>
/// A special reading's bill (报停 final bill): every unbilled reading of the account up to and including the
/// special one, priced over the months since the first of them was measured from, issued at once and due
/// after the company's payment days. Keyed by the reading's day, so it never collides with a period's bill.
/// </summary>
public static class FinalBill
{
    public static async Task<Bill?> IssueAsync(DbContext db, Account account, MeterReading special, CancellationToken ct)
    {
        var saved = await db.Set<MeterReading>().Where(r => r.AccountId == account.Id && r.BillRunId == null && r.BillId == null && r.Billable)
            .ToListAsync(ct);
        var readings = saved.Append(special).Where(r => r.Billable && !r.IsBilled).DistinctBy(r => r.Id).ToList();
        var volume = readings.Sum(r => r.VolumeM3);
        if (readings.Count == 0) return null;
        var tariff = await db.Set<TieredTariff>().AsNoTracking().Where(t => t.CompanyId == account.CompanyId && t.WaterNature == account.WaterNature)
                .OrderBy(t => t.Name).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("tariff.missing", $"There is no {account.WaterNature} tariff for account {account.Number}; set up the company's tariff first.");
        var settings = await db.Set<BillingSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.CompanyId == account.CompanyId, ct)
            ?? BillingSettings.DefaultFor(account.CompanyId);
        var from = readings.Min(r => r.PreviousReadOn) ?? special.ReadOn.AddMonths(-1);
        var months = Math.Clamp((int)Math.Round((special.ReadOn.DayNumber - from.DayNumber) / 30.4m, MidpointRounding.AwayFromZero), 1, 12);
        var reliefVolume = account.ReliefGrantedOn is { } granted ? readings.Where(r => r.ReadOn > granted).Sum(r => r.VolumeM3) : 0;
        var computation = BillCalculator.Calculate(account, tariff, settings, volume, reliefVolume, months, special.ReadOn);
        var ledger = await new LedgerRepository(db).LoadAsync(account, ct);
        var bill = ledger.IssueWaterBill($"{special.ReadOn:yyyy-MM-dd}", computation, special.ReadOn, special.ReadOn.AddDays(settings.PaymentDays));
        db.Add(bill);
        foreach (var reading in readings) reading.BilledBy(bill.Id);
        return bill;
    }
}
