using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

/// <summary>
/// 更正: the business office replaces a reading on the review list with the corrected value and a reason. The
/// wrong reading is refused (kept, never billed) and the corrected one is checked like any new reading, so it
/// may land on the review list again; both are saved together or not at all.
/// </summary>
public sealed class CorrectReading(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<MeterReading> ExecuteAsync(BillingStaff staff, Guid readingId, decimal correctedM3, string reason, CancellationToken ct = default)
    {
        staff.Require("correct a reading under review", BillingRoles.Office);
        var wrong = staff.Own(await db.MeterReadings.FindAsync([readingId], ct), r => r.CompanyId, "reading.not-found", "There is no such reading in your company.");
        var meter = await db.MeteringPoints.SingleAsync(m => m.Id == wrong.MeteringPointId, ct);
        var account = await db.Accounts.SingleAsync(a => a.Id == meter.AccountId, ct);
        var history = await db.MeterReadings.Where(r => r.MeteringPointId == meter.Id).OrderByDescending(r => r.ReadOn).Take(24).ToListAsync(ct);
        var settings = (await BillingSettingsStore.ForAsync(db, staff.CompanyId, ct)).Reading;
        var corrected = MeterReadings.Correct(account, meter, history, wrong, correctedM3, reason, settings, staff.UserName, clock.GetUtcNow());
        db.MeterReadings.Add(corrected);
        await db.SaveChangesAsync(ct);
        return corrected;
    }
}
