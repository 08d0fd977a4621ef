using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Scheduling.Retention;

/// <summary>What one retention round removed.</summary>
public sealed record RetentionResult(int Instances, int OutboxRows);

/// <summary>
/// Purges, in batches, finished instances older than the retention age together with every engine row that
/// hangs off them (tasks, timers, message and signal subscriptions, incidents, engine history), and outbox rows sent long
/// ago. Active instances and the request's business records (request, timeline, ledger) are never touched.
/// </summary>
public sealed class EngineRetention(OrchestratorDbContext db, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<EngineRetention> logger)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var instances = 0;
        var outbox = 0;
        for (var batch = 0; batch < settings.BatchesPerRound; batch++)
        {
            var purged = await PurgeFinishedInstancesAsync(now - settings.FinishedInstances, settings.BatchSize, cancellationToken);
            instances += purged;
            if (purged < settings.BatchSize) break;
        }
        for (var batch = 0; batch < settings.BatchesPerRound; batch++)
        {
            var purged = await PurgeDispatchedOutboxAsync(now - settings.DispatchedOutbox, settings.BatchSize, cancellationToken);
            outbox += purged;
            if (purged < settings.BatchSize) break;
        }
        if (instances + outbox > 0)
            logger.LogInformation("Retention purged {Instances} finished instance(s) and {Outbox} sent outbox row(s)", instances, outbox);
        return new RetentionResult(instances, outbox);
    }

    private async Task<int> PurgeFinishedInstancesAsync(DateTimeOffset endedBefore, int batchSize, CancellationToken cancellationToken)
    {
        var ids = await db.Set<WorkflowInstanceRecord>()
            .Where(i => (i.Status == WorkflowInstanceStatus.Completed || i.Status == WorkflowInstanceStatus.Cancelled) && i.EndedAt < endedBefore)
            .OrderBy(i => i.EndedAt).Select(i => i.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0) return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<HistoryRecord>().Where(r => ids.Contains(r.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<UserTaskRecord>().Where(r => ids.Contains(r.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<TimerRecord>().Where(r => ids.Contains(r.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MessageSubscriptionRecord>().Where(r => ids.Contains(r.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SignalSubscriptionRecord>().Where(r => ids.Contains(r.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<IncidentRecord>().Where(r => ids.Contains(r.InstanceId)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Set<WorkflowInstanceRecord>().Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private async Task<int> PurgeDispatchedOutboxAsync(DateTimeOffset dispatchedBefore, int batchSize, CancellationToken cancellationToken)
    {
        var ids = await db.Set<OutboxRecord>().Where(o => o.DispatchedAt != null && o.DispatchedAt < dispatchedBefore)
            .OrderBy(o => o.DispatchedAt).Select(o => o.Id).Take(batchSize).ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : await db.Set<OutboxRecord>().Where(o => ids.Contains(o.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
