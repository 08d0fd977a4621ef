using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

/// <summary>
/// The business office refuses a reading on the review list with a reason (misread, wrong meter): it is never
/// billed, the meter's last reading goes back to the one before, and who refused it and why stay on the reading.
/// </summary>
public sealed class RejectReading(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<MeterReading> ExecuteAsync(BillingStaff staff, Guid readingId, string reason, CancellationToken ct = default)
    {
        staff.Require("reject a reading under review", BillingRoles.Office);
        var reading = staff.Own(await db.MeterReadings.FindAsync([readingId], ct), r => r.CompanyId, "reading.not-found", "There is no such reading in your company.");
        var meter = await db.MeteringPoints.SingleAsync(m => m.Id == reading.MeteringPointId, ct);
        reading.Reject(meter, staff.UserName, reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return reading;
    }
}
