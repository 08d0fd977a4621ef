using Orchestrator.Domain.Billing;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.BillRuns;

/// <summary>Reverses a computed run as a whole before release: its bills are dropped and its readings wait for the next run.</summary>
public sealed class ReverseBillRun(OrchestratorDbContext db, BillRunBatches batches, TimeProvider clock)
{
    public async Task<BillRun> ExecuteAsync(BillingStaff staff, Guid runId, string reason, CancellationToken ct = default)
    {
        staff.Require("reverse a bill run", BillingRoles.Manager);
        var run = staff.Own(await db.BillRuns.FindAsync([runId], ct), r => r.CompanyId, "bill-run.not-found", "There is no such bill run in your company.");
        run.Reverse(staff.UserName, reason, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await batches.UndoAsync(run, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return run;
    }
}
