using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

public sealed record ReadingListRow(
    int Sequence, string MeterNumber, string AccountNumber, string Address, string MeterStatus,
    decimal? LastReadingM3, DateOnly? LastReadOn, ReadingListEntry? ThisPeriod);

public sealed record ReadingListEntry(Guid ReadingId, decimal ValueM3, decimal VolumeM3, DateOnly ReadOn, bool Estimated, string Review, string? ReviewReason, bool Billed);

public sealed record ReadingList(Guid BookId, string BookCode, string Period, bool IsReadingPeriod, int Meters, IReadOnlyList<ReadingListRow> Rows);

/// <summary>抄表清单: a book's meters in route order for one period, each with its last reading and this period's, a page at a time.</summary>
public sealed class ReadingListQuery(OrchestratorDbContext db)
{
    public async Task<ReadingList> ForAsync(Guid bookId, string period, int skip = 0, int take = 100, CancellationToken ct = default)
    {
        var book = await db.ReadingBooks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookId, ct)
            ?? throw new DomainException("reading-book.not-found", "There is no such reading book in your company.");
        var readingPeriod = ReadingPeriod.Parse(period);
        var key = readingPeriod.ToString();
        var page = await (
            from p in db.ReadingBookMeters.Where(p => p.BookId == bookId)
            join m in db.MeteringPoints on p.MeteringPointId equals m.Id
            join a in db.Accounts on p.AccountId equals a.Id
            orderby p.Sequence
            select new { p.Sequence, m.Id, m.MeterNumber, AccountNumber = a.Number, m.Address, m.Status, m.LastReadingM3, m.LastReadOn })
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        var meterIds = page.Select(r => r.Id).ToList();
        var readings = (await db.MeterReadings.AsNoTracking()
                .Where(r => meterIds.Contains(r.MeteringPointId) && r.Period == key && (r.Kind == ReadingKind.Regular || r.Kind == ReadingKind.Extra))
                .ToListAsync(ct))
            .GroupBy(r => r.MeteringPointId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ReadOn).First());
        var count = await db.ReadingBookMeters.CountAsync(p => p.BookId == bookId, ct);
        return new ReadingList(book.Id, book.Code, key, book.IsReadIn(readingPeriod), count,
        [
            .. page.Select(r => new ReadingListRow(r.Sequence, r.MeterNumber, r.AccountNumber.Value, r.Address, r.Status.ToString(),
                r.LastReadingM3, r.LastReadOn,
                readings.TryGetValue(r.Id, out var x)
                    ? new ReadingListEntry(x.Id, x.ValueM3, x.VolumeM3, x.ReadOn, x.IsEstimated, x.Review.ToString(), x.ReviewReason, x.IsBilled)
                    : null)),
        ]);
    }
}
