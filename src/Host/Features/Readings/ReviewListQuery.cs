using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

public sealed record ReviewRow(Guid ReadingId, string BookCode, string MeterNumber, string AccountNumber, string Address,
    DateOnly ReadOn, decimal PreviousM3, decimal ValueM3, decimal VolumeM3, string? Reason, string EnteredBy,
    string? RejectionReason = null, string? RejectedBy = null, DateTimeOffset? RejectedAt = null);

/// <summary>
/// 复核清单: the readings waiting for the business office, oldest first, a page at a time; or the ones it refused,
/// newest refusal first, each with why it was listed and why it was refused.
/// </summary>
public sealed class ReviewListQuery(OrchestratorDbContext db)
{
    public Task<List<ReviewRow>> ListAsync(int skip = 0, int take = 50, CancellationToken ct = default) =>
        ListAsync(ReadingReview.Pending, skip, take, ct);

    public Task<List<ReviewRow>> ListAsync(ReadingReview review, int skip = 0, int take = 50, CancellationToken ct = default)
    {
        var rows =
            from r in db.MeterReadings.Where(r => r.Review == review)
            join m in db.MeteringPoints on r.MeteringPointId equals m.Id
            join a in db.Accounts on r.AccountId equals a.Id
            join b in db.ReadingBooks on r.BookId equals b.Id into books
            from b in books.DefaultIfEmpty()
            select new { r, m.MeterNumber, Account = a.Number.Value, a.Address, Book = b == null ? "" : b.Code };
        var ordered = review == ReadingReview.Pending
            ? rows.OrderBy(x => x.r.ReadOn).ThenBy(x => x.MeterNumber)
            : rows.OrderByDescending(x => x.r.ReadOn).ThenBy(x => x.MeterNumber);
        return ordered.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(x => new ReviewRow(x.r.Id, x.Book, x.MeterNumber, x.Account, x.Address, x.r.ReadOn, x.r.PreviousM3, x.r.ValueM3,
                x.r.VolumeM3, x.r.ReviewReason, x.r.EnteredBy, x.r.RejectionReason, x.r.RejectedBy, x.r.RejectedAt))
            .ToListAsync(ct);
    }
}
