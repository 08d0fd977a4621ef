using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.BillRuns;

public sealed record BillRunSummary(
    Guid Id, string BookCode, string Period, string Status, int Billed, int NoReading, int HeldForReview, int NotSupplied, int AlreadyBilled,
    decimal VolumeM3, decimal Amount, decimal ReliefAmount, string CalculatedBy, DateTimeOffset CalculatedAt, string? ReleasedBy, string? ReversedBy, string? ReversalReason);

public sealed record BillRunItemRow(string AccountNumber, string Address, decimal VolumeM3, decimal Amount, decimal ReliefAmount, IReadOnlyList<BillLine> Lines);

/// <summary>Bill runs with their totals, newest first, and one run's bills a page at a time.</summary>
public sealed class BillRunsQuery(OrchestratorDbContext db)
{
    public Task<List<BillRunSummary>> ListAsync(string? period = null, int skip = 0, int take = 50, CancellationToken ct = default) =>
        Summaries(db.BillRuns.Where(r => period == null || r.Period == period))
            .OrderByDescending(r => r.CalculatedAt).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);

    public Task<BillRunSummary?> FindAsync(Guid id, CancellationToken ct = default) =>
        Summaries(db.BillRuns.Where(r => r.Id == id)).SingleOrDefaultAsync(ct);

    public async Task<List<BillRunItemRow>> ItemsAsync(Guid runId, int skip = 0, int take = 50, CancellationToken ct = default)
    {
        var rows = await (
            from i in db.BillRunItems.Where(i => i.RunId == runId)
            join a in db.Accounts on i.AccountId equals a.Id
            orderby a.Number
            select new { i, a.Number, a.Address })
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        return [.. rows.Select(r => new BillRunItemRow(r.Number.Value, r.Address, r.i.VolumeM3, r.i.Amount, r.i.ReliefAmount, r.i.Lines))];
    }

    private IQueryable<BillRunSummary> Summaries(IQueryable<BillRun> runs) =>
        from r in runs
        join b in db.ReadingBooks on r.BookId equals b.Id
        select new BillRunSummary(r.Id, b.Code, r.Period, r.Status.ToString(), r.BilledAccounts, r.NoReadingAccounts, r.HeldForReviewAccounts,
            r.NotSuppliedAccounts, r.AlreadyBilledAccounts, r.VolumeM3, r.Amount, r.ReliefAmount, r.CalculatedBy, r.CalculatedAt,
            r.ReleasedBy, r.ReversedBy, r.ReversalReason);
}
