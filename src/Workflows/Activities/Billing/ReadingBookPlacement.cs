using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;

namespace Orchestrator.Workflows.Activities.Billing;

/// <summary>The one way a meter gets onto a book's route, for the page, the API and the request flows alike.</summary>
public static class ReadingBookPlacement
{
    public static async Task<ReadingBookMeter> PlaceAsync(DbContext db, ReadingBook book, MeteringPoint meter, int? sequence, CancellationToken ct)
    {
        var places = db.Set<ReadingBookMeter>();
        if (await places.SingleOrDefaultAsync(p => p.MeteringPointId == meter.Id, ct) is { } current) places.Remove(current);
        var saved = await places.Where(p => p.BookId == book.Id).MaxAsync(p => (int?)p.Sequence, ct) ?? 0;
        var last = Math.Max(saved, places.Local.Where(p => p.BookId == book.Id).Select(p => p.Sequence).DefaultIfEmpty(0).Max());
        var position = Math.Min(sequence ?? last + 1, last + 1);
        if (position <= last)
            await places.Where(p => p.BookId == book.Id && p.Sequence >= position)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Sequence, p => p.Sequence + 1), ct);
        var place = book.Place(meter, position);
        places.Add(place);
        return place;
    }

    /// <summary>
    /// 营业所开始抄表: puts a newly installed meter at the end of the company's book of its role (the named one,
    /// else the first by code); a company without such a book gets an "unassigned" book the office sorts later.
    /// </summary>
    public static async Task<ReadingBook> StartReadingAsync(DbContext db, MeteringPoint meter, string? bookCode, DateOnly today, CancellationToken ct)
    {
        var books = db.Set<ReadingBook>();
        var book = await books.Where(b => b.CompanyId == meter.CompanyId && b.MeterRole == meter.Role && (bookCode == null || b.Code == bookCode))
                .OrderBy(b => b.Code).FirstOrDefaultAsync(ct)
            ?? books.Local.FirstOrDefault(b => b.CompanyId == meter.CompanyId && b.MeterRole == meter.Role);
        if (book is null)
        {
            var settings = await db.Set<BillingSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.CompanyId == meter.CompanyId, ct)
                ?? BillingSettings.DefaultFor(meter.CompanyId);
            book = ReadingBook.Open(meter.CompanyId, $"NEW-{meter.Role}".ToUpperInvariant(), $"未分册{(meter.Role == MeterRole.Master ? "总表" : "户表")}",
                "未分区", meter.Role, settings.Reading, ReadingPeriod.Of(today));
            books.Add(book);
        }
        await PlaceAsync(db, book, meter, null, ct);
        return book;
    }
}
