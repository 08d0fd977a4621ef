using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Ledger;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Scheduling.Refunds;

/// <summary>
/// At start-up, every deposit still due for refund gets its job again from the refund request its flow wrote
/// to the outbox (in-memory job storage forgets; the outbox row and the deposit do not). The job itself is
/// idempotent, so a refund that already has its job or its flow is not done twice.
/// </summary>
public sealed class DepositRefundReconciler(OrchestratorDbContext db, IBackgroundJobClient jobs, ILogger<DepositRefundReconciler> logger)
{
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var due = await db.Deposits.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Status == DepositStatus.RefundDue).Select(d => d.Id).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        var pending = due.ToHashSet();
        var requests = await db.Set<OutboxRecord>().AsNoTracking()
            .Where(o => o.Kind == DepositRefundDue.OutboxKind).Select(o => o.PayloadJson).ToListAsync(cancellationToken);
        var scheduled = 0;
        foreach (var refund in requests.Select(json => JsonSerializer.Deserialize<DepositRefundDue>(json, JsonSerializerOptions.Web)))
        {
            if (refund is null || !pending.Remove(refund.DepositId)) continue;
            DepositRefundOutboxHandler.Schedule(jobs, refund.DepositId, refund.RequestNumber, refund.RefundDueOn);
            scheduled++;
        }
        logger.LogInformation("Reconciled {Count} deposit refund(s)", scheduled);
        return scheduled;
    }
}
