using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.BillRuns;

/// <summary>
/// The bill run's work over a book, in batches of <see cref="BatchSize"/> accounts: each batch is read,
/// computed and written, then forgotten, so memory stays the same for a book of any size. The caller holds
/// one transaction around it, so a run is written whole or not at all.
/// </summary>
public sealed class BillRunBatches(OrchestratorDbContext db)
{
    public const int BatchSize = 1000;

    public async Task CalculateAsync(BillRun run, ReadingBook book, BillingSettings settings, CancellationToken ct)
    {
        var period = ReadingPeriod.Parse(run.Period);
        var lastDay = period.LastDay;
        var tariffs = (await db.Tariffs.IgnoreQueryFilters().AsNoTracking().Where(t => t.CompanyId == run.CompanyId).ToListAsync(ct))
            .GroupBy(t => t.WaterNature).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Name, StringComparer.Ordinal).First());
        // Batches are ranges of the route: a keyset on the position, so each batch is read through the index.
        for (var after = 0; ;)
        {
            var route = db.ReadingBookMeters.IgnoreQueryFilters().Where(p => p.BookId == book.Id);
            if (!await route.AnyAsync(p => p.Sequence > after, ct)) break;
            var upTo = await route.Where(p => p.Sequence > after).OrderBy(p => p.Sequence).Skip(BatchSize - 1)
                .Select(p => (int?)p.Sequence).FirstOrDefaultAsync(ct) ?? int.MaxValue;
            var (from, to) = (after, upTo);
            // An account with several meters on the book is billed once, in the batch of its first meter.
            var batch = route.Where(p => p.Sequence > from && p.Sequence <= to
                && !db.ReadingBookMeters.IgnoreQueryFilters().Any(q => q.BookId == book.Id && q.AccountId == p.AccountId && q.Sequence <= from));
            var accounts = (await (from p in batch join a in db.Accounts.IgnoreQueryFilters().AsNoTracking() on p.AccountId equals a.Id select a).ToListAsync(ct))
                .DistinctBy(a => a.Id).ToList();
            var readings = (await (
                    from p in batch
                    join r in db.MeterReadings.IgnoreQueryFilters() on p.AccountId equals r.AccountId
                    where r.BillRunId == null && r.BillId == null && r.Billable && r.ReadOn <= lastDay
                    select r).ToListAsync(ct))
                .Distinct().ToLookup(r => r.AccountId);
            var billed = (await (from p in batch join b in db.Bills.IgnoreQueryFilters() on p.AccountId equals b.AccountId
                    where b.Period == run.Period select b.AccountId).ToListAsync(ct)).ToHashSet();
            foreach (var account in accounts)
            {
                var (outcome, bill, used) = AccountBilling.Decide(account, [.. readings[account.Id]], billed.Contains(account.Id),
                    tariffs.GetValueOrDefault(account.WaterNature), settings, period, book.CycleMonths);
                BillRunItem? item = null;
                if (bill is not null)
                {
                    item = BillRunItem.For(run, account.Id, bill, used.Max(r => r.ReadOn));
                    db.BillRunItems.Add(item);
                    foreach (var reading in used) reading.BilledIn(run.Id);
                }
                run.Count(outcome, item);
            }
            await db.SaveChangesAsync(ct);
            ForgetAllBut(run);
            if (upTo == int.MaxValue) break;
            after = upTo;
        }
    }

    /// <summary>Turns a run's items into bills in the accounts' ledgers, each paid from the account's credit first.</summary>
    public async Task ReleaseAsync(BillRun run, BillingSettings settings, DateOnly issuedOn, CancellationToken ct)
    {
        var dueDate = issuedOn.AddDays(settings.PaymentDays);
        while (true)
        {
            var batch = db.BillRunItems.IgnoreQueryFilters().Where(i => i.RunId == run.Id && i.BillId == null).OrderBy(i => i.AccountId).Take(BatchSize);
            var items = await batch.ToListAsync(ct);
            if (items.Count == 0) break;
            var accounts = await (from i in batch join a in db.Accounts.IgnoreQueryFilters().AsNoTracking() on i.AccountId equals a.Id select a)
                .ToDictionaryAsync(a => a.Id, ct);
            var credits = await (from i in batch join c in db.Credits.IgnoreQueryFilters() on i.AccountId equals c.AccountId select c)
                .ToDictionaryAsync(c => c.AccountId, ct);
            var periodBills = (await (from i in batch join b in db.Bills.IgnoreQueryFilters().AsNoTracking() on i.AccountId equals b.AccountId
                    where b.Period == run.Period select b).ToListAsync(ct))
                .ToLookup(b => b.AccountId);
            foreach (var item in items)
            {
                // Only this period's bills are needed to refuse a second bill for it and to pay from credit.
                var ledger = new AccountLedger(accounts[item.AccountId], periodBills[item.AccountId], [], [], credits.GetValueOrDefault(item.AccountId));
                if (!credits.ContainsKey(item.AccountId)) db.Credits.Add(ledger.Credit);
                var bill = ledger.IssueWaterBill(run.Period, new BillComputation(item.VolumeM3, item.Lines), issuedOn, dueDate, run.Id);
                db.Bills.Add(bill);
                item.Issued(bill.Id);
            }
            await db.SaveChangesAsync(ct);
            ForgetAllBut(run);
        }
    }

    /// <summary>Gives a reversed run's readings back to the next run and drops its items.</summary>
    public async Task UndoAsync(BillRun run, CancellationToken ct)
    {
        await db.MeterReadings.IgnoreQueryFilters().Where(r => r.BillRunId == run.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.BillRunId, (Guid?)null), ct);
        await db.BillRunItems.IgnoreQueryFilters().Where(i => i.RunId == run.Id).ExecuteDeleteAsync(ct);
    }

    private void ForgetAllBut(BillRun run)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity != run).ToList()) entry.State = EntityState.Detached;
    }
}
