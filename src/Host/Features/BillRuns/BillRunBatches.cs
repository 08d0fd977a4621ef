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
        var previousBatch = new HashSet<Guid>();
        for (var skip = 0; ; skip += BatchSize)
        {
            var places = await db.ReadingBookMeters.IgnoreQueryFilters().AsNoTracking().Where(p => p.BookId == book.Id)
                .OrderBy(p => p.Sequence).ThenBy(p => p.MeteringPointId).Skip(skip).Take(BatchSize)
                .Select(p => new { p.AccountId, p.Sequence }).ToListAsync(ct);
            if (places.Count == 0) break;
            var ids = places.Select(p => p.AccountId).Distinct().ToList();
            // An account with several meters on the book is billed once, in the batch of its first meter.
            var firstPlace = await db.ReadingBookMeters.IgnoreQueryFilters().Where(p => p.BookId == book.Id && ids.Contains(p.AccountId))
                .GroupBy(p => p.AccountId).Select(g => new { g.Key, First = g.Min(p => p.Sequence) }).ToDictionaryAsync(g => g.Key, g => g.First, ct);
            ids = [.. ids.Where(id => firstPlace[id] >= places[0].Sequence && !previousBatch.Contains(id))];
            previousBatch = [.. ids];
            var accounts = await db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct);
            var readings = (await db.MeterReadings.IgnoreQueryFilters()
                    .Where(r => ids.Contains(r.AccountId) && r.BillRunId == null && r.BillId == null && r.Billable && r.ReadOn <= lastDay)
                    .ToListAsync(ct))
                .ToLookup(r => r.AccountId);
            var billed = (await db.Bills.IgnoreQueryFilters().Where(b => ids.Contains(b.AccountId) && b.Period == run.Period).Select(b => b.AccountId).ToListAsync(ct)).ToHashSet();
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
        }
    }

    /// <summary>Turns a run's items into bills in the accounts' ledgers, each paid from the account's credit first.</summary>
    public async Task ReleaseAsync(BillRun run, BillingSettings settings, DateOnly issuedOn, CancellationToken ct)
    {
        var dueDate = issuedOn.AddDays(settings.PaymentDays);
        while (true)
        {
            var items = await db.BillRunItems.IgnoreQueryFilters().Where(i => i.RunId == run.Id && i.BillId == null).Take(BatchSize).ToListAsync(ct);
            if (items.Count == 0) break;
            var ids = items.Select(i => i.AccountId).ToList();
            var accounts = await db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            var credits = await db.Credits.IgnoreQueryFilters().Where(c => ids.Contains(c.AccountId)).ToDictionaryAsync(c => c.AccountId, ct);
            var periodBills = (await db.Bills.IgnoreQueryFilters().AsNoTracking().Where(b => ids.Contains(b.AccountId) && b.Period == run.Period).ToListAsync(ct))
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
