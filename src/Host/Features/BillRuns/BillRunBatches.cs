using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.BillRuns;

/// <summary>
/// The bill run's work over a book, set-based in batches of <see cref="BatchSize"/> accounts: each batch is read
/// in a few queries (route, accounts, unbilled readings, this period's bills), computed in memory by the domain,
/// written in bulk (<see cref="BulkInsert"/>) with one UPDATE for its readings, then forgotten, so memory stays
/// the same for a book of any size. The caller holds one transaction around it, so a run is written whole or
/// not at all. A batch's keys go to the database as one parameter (<c>EF.Parameter</c>: a JSON array on SQLite,
/// an array on PostgreSQL) rather than one parameter per key, which SQLite binds one by one by name at a cost above
/// the query's own; <see cref="KeyedBatchPlanning"/> keeps PostgreSQL on the indexes for them.
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
        var route = db.ReadingBookMeters.IgnoreQueryFilters().AsNoTracking().Where(p => p.BookId == book.Id);
        await KeyedBatchPlanning.BeginAsync(db, ct);
        // Batches are ranges of the route: a keyset on the position, so each batch is read through the index.
        for (var after = 0; ;)
        {
            var start = after;
            var places = await route.Where(p => p.Sequence > start).OrderBy(p => p.Sequence).Take(BatchSize)
                .Select(p => new RoutePlace(p.MeteringPointId, p.AccountId, p.Sequence)).ToListAsync(ct);
            if (places.Count == 0) break;
            var upTo = places[^1].Sequence;
            // Meters sharing the last position belong to this batch too, so the next one starts after it.
            if (places.Count == BatchSize)
                places = [.. places.Concat(await route.Where(p => p.Sequence == upTo).Select(p => new RoutePlace(p.MeteringPointId, p.AccountId, p.Sequence)).ToListAsync(ct))
                    .DistinctBy(p => p.MeteringPointId)];
            var ids = places.Select(p => p.AccountId).Distinct().ToList();
            // An account with several meters on the book is billed once, in the batch of its first meter. Its other
            // meters are found by account (indexed), so no batch reads the route before it.
            var others = await db.MeteringPoints.IgnoreQueryFilters().Where(m => EF.Parameter(ids).Contains(m.AccountId)).Select(m => m.Id).ToListAsync(ct);
            others.RemoveAll(places.Select(p => p.MeteringPointId).ToHashSet().Contains);
            var earlier = others.Count == 0 ? [] : await route.Where(p => EF.Parameter(others).Contains(p.MeteringPointId) && p.Sequence <= start)
                .Select(p => p.AccountId).Distinct().ToListAsync(ct);
            if (earlier.Count > 0) ids = [.. ids.Except(earlier)];
            await CalculateBatchAsync(run, ids, tariffs, settings, period, book.CycleMonths, ct);
            after = upTo;
        }
        await KeyedBatchPlanning.EndAsync(db, ct);
    }

    private async Task CalculateBatchAsync(BillRun run, List<Guid> ids, IReadOnlyDictionary<WaterNature, TieredTariff> tariffs,
        BillingSettings settings, ReadingPeriod period, int cycleMonths, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        var lastDay = period.LastDay;
        var accounts = await db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var readings = (await db.MeterReadings.IgnoreQueryFilters().AsNoTracking()
                // "Not in a run" written so that no index serves it: SQLite would otherwise walk the run index's nulls
                // (every unbilled reading of the company) for each batch instead of the account index.
                .Where(r => EF.Parameter(ids).Contains(r.AccountId) && (r.BillRunId ?? Guid.Empty) == Guid.Empty && r.BillId == null && r.Billable && r.ReadOn <= lastDay)
                .ToListAsync(ct))
            .ToLookup(r => r.AccountId);
        var billed = (await db.Bills.IgnoreQueryFilters().Where(b => EF.Parameter(ids).Contains(b.AccountId) && b.Period == run.Period)
            .Select(b => b.AccountId).ToListAsync(ct)).ToHashSet();
        var items = new List<BillRunItem>();
        var used = new List<Guid>();
        foreach (var id in ids)
        {
            if (!accounts.TryGetValue(id, out var account)) continue;
            var (outcome, bill, billedReadings) = AccountBilling.Decide(account, [.. readings[id]], billed.Contains(id),
                tariffs.GetValueOrDefault(account.WaterNature), settings, period, cycleMonths);
            BillRunItem? item = null;
            if (bill is not null)
            {
                item = BillRunItem.For(run, id, bill, billedReadings.Max(r => r.ReadOn));
                items.Add(item);
                used.AddRange(billedReadings.Select(r => r.Id));
            }
            run.Count(outcome, item);
        }
        await BulkInsert.AddAsync(db, items, ct);
        // MeterReading.BilledIn for the whole batch at once: the readings priced in this run wait for its release.
        if (used.Count > 0)
            await db.MeterReadings.IgnoreQueryFilters().Where(r => EF.Parameter(used).Contains(r.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.BillRunId, (Guid?)run.Id), ct);
    }

    /// <summary>Turns a run's items into bills in the accounts' ledgers, each paid from the account's credit first.</summary>
    public async Task ReleaseAsync(BillRun run, BillingSettings settings, DateOnly issuedOn, CancellationToken ct)
    {
        var dueDate = issuedOn.AddDays(settings.PaymentDays);
        await BulkInsert.RefreshStatisticsAsync<BillRunItem>(db, ct);
        await KeyedBatchPlanning.BeginAsync(db, ct);
        var pending = db.BillRunItems.IgnoreQueryFilters().AsNoTracking().Where(i => i.RunId == run.Id && i.BillId == null);
        // A keyset on the account: each batch is read through the (run, account) index, the database's own order.
        for (Guid? after = null; ;)
        {
            var batch = after is { } last ? pending.Where(i => i.AccountId.CompareTo(last) > 0) : pending;
            var items = await batch.OrderBy(i => i.AccountId).Take(BatchSize).ToListAsync(ct);
            if (items.Count == 0) break;
            after = items[^1].AccountId;
            await ReleaseBatchAsync(run, items, issuedOn, dueDate, ct);
        }
        await KeyedBatchPlanning.EndAsync(db, ct);
        // BillRunItem.Issued for the whole run at once: each item names the bill made from it.
        await BulkInsert.RefreshStatisticsAsync<Bill>(db, ct);
        await (from i in db.BillRunItems.IgnoreQueryFilters()
               join b in db.Bills.IgnoreQueryFilters() on new { i.AccountId, i.Period, RunId = (Guid?)i.RunId } equals new { b.AccountId, b.Period, RunId = b.BillRunId }
               where i.RunId == run.Id && i.BillId == null
               select new { Item = i, Bill = b })
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Item.BillId, x => (Guid?)x.Bill.Id), ct);
    }

    private async Task ReleaseBatchAsync(BillRun run, List<BillRunItem> items, DateOnly issuedOn, DateOnly dueDate, CancellationToken ct)
    {
        var ids = items.Select(i => i.AccountId).ToList();
        var accounts = await db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        // Credits are tracked: few accounts have one, and a bill paid from it changes its balance.
        var credits = await db.Credits.IgnoreQueryFilters().Where(c => EF.Parameter(ids).Contains(c.AccountId)).ToDictionaryAsync(c => c.AccountId, ct);
        var periodBills = (await db.Bills.IgnoreQueryFilters().AsNoTracking().Where(b => EF.Parameter(ids).Contains(b.AccountId) && b.Period == run.Period)
            .ToListAsync(ct)).ToLookup(b => b.AccountId);
        var bills = new List<Bill>(items.Count);
        var openedCredits = new List<AccountCredit>();
        foreach (var item in items)
        {
            var existing = credits.GetValueOrDefault(item.AccountId);
            // Only this period's bills are needed to refuse a second bill for it and to pay from credit.
            var ledger = new AccountLedger(accounts[item.AccountId], periodBills[item.AccountId], [], [], existing);
            bills.Add(ledger.IssueWaterBill(run.Period, new BillComputation(item.VolumeM3, item.Lines), issuedOn, dueDate, run.Id));
            // An account without credit gets its row only when this bill leaves something over (a negative bill).
            if (existing is null && ledger.Credit.Balance != 0) openedCredits.Add(ledger.Credit);
        }
        await BulkInsert.AddAsync(db, bills, ct);
        db.Credits.AddRange(openedCredits);
        await db.SaveChangesAsync(ct);
        foreach (var entry in db.ChangeTracker.Entries<AccountCredit>().ToList()) entry.State = EntityState.Detached;
    }

    /// <summary>Gives a reversed run's readings back to the next run and drops its items.</summary>
    public async Task UndoAsync(BillRun run, CancellationToken ct)
    {
        await db.MeterReadings.IgnoreQueryFilters().Where(r => r.BillRunId == run.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.BillRunId, (Guid?)null), ct);
        await db.BillRunItems.IgnoreQueryFilters().Where(i => i.RunId == run.Id).ExecuteDeleteAsync(ct);
    }

    private sealed record RoutePlace(Guid MeteringPointId, Guid AccountId, int Sequence);
}
