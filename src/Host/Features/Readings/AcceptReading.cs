using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

/// <summary>The business office accepts a reading on the review list as read, so the next bill run bills it.</summary>
public sealed class AcceptReading(OrchestratorDbContext db)
{
    public async Task ExecuteAsync(BillingStaff staff, Guid readingId, CancellationToken ct = default)
    {
        staff.Require("accept a reading under review", BillingRoles.Office);
        var reading = staff.Own(await db.MeterReadings.FindAsync([readingId], ct), r => r.CompanyId, "reading.not-found", "There is no such reading in your company.");
        reading.Accept(staff.UserName);
        await db.SaveChangesAsync(ct);
    }
}
