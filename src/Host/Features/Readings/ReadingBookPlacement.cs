using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;

namespace Orchestrator.Host.Features.Readings;

/// <summary>The one way a meter gets onto a book's route, for the page, the API and the request flows alike.</summary>
public static class ReadingBookPlacement
{
    public static async Task<ReadingBookMeter> PlaceAsync(DbContext db, ReadingBook book, MeteringPoint meter, int? sequence, CancellationToken ct)
    {
        var places = db.Set<ReadingBookMeter>();
        if (await places.SingleOrDefaultAsync(p => p.MeteringPointId == meter.Id, ct) is { } current) places.Remove(current);
        var last = await places.Where(p => p.BookId == book.Id).MaxAsync(p => (int?)p.Sequence, ct) ?? 0;
        var position = Math.Min(sequence ?? last + 1, last + 1);
        if (position <= last)
            await places.Where(p => p.BookId == book.Id && p.Sequence >= position)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Sequence, p => p.Sequence + 1), ct);
        var place = book.Place(meter, position);
        places.Add(place);
        return place;
    }
}
