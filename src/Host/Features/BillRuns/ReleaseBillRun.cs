using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.BillRuns;

/// <summary>发行: the business-office manager releases a computed run; its bills go into the ledgers and can be paid.</summary>
public sealed class ReleaseBillRun(OrchestratorDbContext db, BillRunBatches batches, TimeProvider clock)
{
    public async Task<BillRun> ExecuteAsync(BillingStaff staff, Guid runId, CancellationToken ct = default)
    {
        staff.Require("release a bill run", BillingRoles.Manager);
        var run = staff.Own(await db.BillRuns.FindAsync([runId], ct), r => r.CompanyId, "bill-run.not-found", "There is no such bill run in your company.");
        var now = clock.GetUtcNow();
        run.Release(staff.UserName, now);
        var settings = await BillingSettingsStore.ForAsync(db, staff.CompanyId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await batches.ReleaseAsync(run, settings, ChinaTime.DateOf(now), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return run;
    }
}
