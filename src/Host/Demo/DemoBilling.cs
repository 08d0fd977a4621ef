using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Features.BillRuns;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Billing;

namespace Orchestrator.Host.Demo;

/// <summary>
/// A year of the demo company's billing cycle done the product's way: one household reading book, a reading
/// of every meter each second month, a bill run per period released into the ledgers, then the customers' payments.
/// </summary>
internal sealed class DemoBilling(OrchestratorDbContext db, Random random, TimeProvider clock)
{
    public async Task RunAsync(Guid companyId, IReadOnlyList<DemoMeter> meters, CancellationToken ct)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var periods = ReadingPeriods(today).ToList();
        if (periods.Count == 0) return;
        var settings = BillingSettings.DefaultFor(companyId);
        db.BillingSettings.Add(settings);
        var book = ReadingBook.Open(companyId, "H01", "城东户表一册", "城东", MeterRole.Household, settings.Reading, periods[0], "reader");
        db.ReadingBooks.Add(book);
        var points = await db.MeteringPoints.Where(m => m.CompanyId == companyId).ToDictionaryAsync(m => m.Id, ct);
        foreach (var meter in meters) await ReadingBookPlacement.PlaceAsync(db, book, points[meter.MeterId], null, ct);
        await db.SaveChangesAsync(ct);

        var batches = new BillRunBatches(db);
        foreach (var period in periods)
        {
            await ReadAsync(companyId, book, period, meters, settings, ct);
            var run = BillRun.Start(companyId, book.Id, period, "demo", ChinaTime.At(period.FirstDay.AddDays(26), new TimeOnly(9, 0)));
            db.BillRuns.Add(run);
            await db.SaveChangesAsync(ct);
            await batches.CalculateAsync(run, book, settings, ct);
            var issuedOn = period.FirstDay.AddDays(27);
            run.Release("demo", ChinaTime.At(issuedOn, new TimeOnly(9, 0)));
            await batches.ReleaseAsync(run, settings, issuedOn, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await PayAsync(meters, period, issuedOn, today, ct);
        }
    }

    private async Task ReadAsync(Guid companyId, ReadingBook book, ReadingPeriod period, IReadOnlyList<DemoMeter> meters, BillingSettings settings, CancellationToken ct)
    {
        var readOn = period.FirstDay.AddDays(24);
        var accounts = await db.Accounts.Where(a => a.CompanyId == companyId).ToDictionaryAsync(a => a.Id, ct);
        var points = await db.MeteringPoints.Where(m => m.CompanyId == companyId).ToDictionaryAsync(m => m.Id, ct);
        foreach (var meter in meters)
        {
            var point = points[meter.MeterId];
            var volume = random.Next(6, meter.LargeVolume ? 120 : 40);
            var reading = MeterReadings.Take(accounts[meter.AccountId], point, [], new ReadingInput((point.LastReadingM3 ?? 0) + volume, readOn, Period: period.ToString()),
                settings.Reading, "reader", ChinaTime.At(readOn, new TimeOnly(11, 0)), book.Id);
            db.MeterReadings.Add(reading);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task PayAsync(IReadOnlyList<DemoMeter> meters, ReadingPeriod period, DateOnly issuedOn, DateOnly today, CancellationToken ct)
    {
        var key = period.ToString();
        var bills = await db.Bills.Where(b => b.Period == key).ToDictionaryAsync(b => b.AccountId, ct);
        foreach (var meter in meters)
        {
            if (!bills.TryGetValue(meter.AccountId, out var bill) || bill.Outstanding == 0) continue;
            if (meter.Behaviour < 15 && issuedOn >= today.AddMonths(-4)) continue;
            var account = await db.Accounts.SingleAsync(a => a.Id == meter.AccountId, ct);
            var credit = await db.Credits.SingleOrDefaultAsync(c => c.AccountId == meter.AccountId, ct);
            var ledger = new AccountLedger(account, [bill], [], [], credit);
            if (credit is null) db.Credits.Add(ledger.Credit);
            var payment = Payment.Receive(account.CompanyId, account.Id, (PaymentChannel)random.Next(0, 6), $"DEMO-{account.Number}-{key}",
                bill.Outstanding + (meter.Behaviour < 20 ? 20m : 0m), ChinaTime.At(issuedOn.AddDays(10), new TimeOnly(10, 0)));
            ledger.ApplyPayment(payment);
            db.Payments.Add(payment);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The household reading months (odd months) of the last year that have been billed by now.</summary>
    private static IEnumerable<ReadingPeriod> ReadingPeriods(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
        if (first.Month % 2 == 0) first = first.AddMonths(1);
        for (var month = first; month.AddMonths(1) <= today.AddDays(-28); month = month.AddMonths(2))
            yield return ReadingPeriod.Of(month);
    }
}
