using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

public sealed record ReviewRow(Guid ReadingId, string BookCode, string MeterNumber, string AccountNumber, string Address,
    DateOnly ReadOn, decimal PreviousM3, decimal ValueM3, decimal VolumeM3, string? Reason, string EnteredBy);

/// <summary>复核清单: the readings waiting for the business office, oldest first, a page at a time.</summary>
public sealed class ReviewListQuery(OrchestratorDbContext db)
{
    public Task<List<ReviewRow>> ListAsync(int skip = 0, int take = 50, CancellationToken ct = default) => (
        from r in db.MeterReadings.Where(r => r.Review == ReadingReview.Pending)
        join m in db.MeteringPoints on r.MeteringPointId equals m.Id
        join a in db.Accounts on r.AccountId equals a.Id
        join b in db.ReadingBooks on r.BookId equals b.Id into books
        from b in books.DefaultIfEmpty()
        orderby r.ReadOn, m.MeterNumber
        select new ReviewRow(r.Id, b == null ? "" : b.Code, m.MeterNumber, a.Number.Value, a.Address, r.ReadOn, r.PreviousM3, r.ValueM3, r.VolumeM3, r.ReviewReason, r.EnteredBy))
        .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
}
