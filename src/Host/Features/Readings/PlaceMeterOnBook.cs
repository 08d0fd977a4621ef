using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Billing;

namespace Orchestrator.Host.Features.Readings;

/// <summary>
/// Puts a meter on a book's route (at the end when no position is given), taking it off the book it was on.
/// Meters after the position move one place down the route.
/// </summary>
public sealed class PlaceMeterOnBook(OrchestratorDbContext db)
{
    public async Task<ReadingBookMeter> ExecuteAsync(BillingStaff staff, Guid bookId, string meterNumber, int? sequence, CancellationToken ct = default)
    {
        staff.Require("change a reading book's route", BillingRoles.Office);
        var book = staff.Own(await db.ReadingBooks.FindAsync([bookId], ct), b => b.CompanyId, "reading-book.not-found", "There is no such reading book in your company.");
        var number = (meterNumber ?? "").Trim();
        var meter = staff.Own(await db.MeteringPoints.SingleOrDefaultAsync(m => m.MeterNumber == number, ct), m => m.CompanyId,
            "meter.not-found", $"There is no meter {number} in your company.");
        var place = await ReadingBookPlacement.PlaceAsync(db, book, meter, sequence, ct);
        await db.SaveChangesAsync(ct);
        return place;
    }
}
