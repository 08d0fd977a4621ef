using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Observability;

/// <summary>What is waiting in the engine's tables: outbox rows not dispatched (and those stuck for minutes), overdue timers.</summary>
public sealed record EngineBacklog(int Undispatched, int Stuck, int OverdueTimers)
{
    /// <summary>An outbox row older than this is stuck: the dispatcher hands rows over within seconds.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(5);

    /// <summary>Three counts on indexed columns (wf_outbox.DispatchedAt, wf_timers.Status+DueAt).</summary>
    public static async Task<EngineBacklog> ReadAsync(OrchestratorDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stuckBefore = now - StuckAfter;
        var outbox = db.Set<OutboxRecord>().AsNoTracking().Where(o => o.DispatchedAt == null);
        var undispatched = await outbox.CountAsync(cancellationToken);
        var stuck = undispatched == 0 ? 0 : await outbox.CountAsync(o => o.CreatedAt < stuckBefore, cancellationToken);
        var overdue = await db.Set<TimerRecord>().AsNoTracking()
            .CountAsync(t => t.Status == TimerStatus.Pending && t.DueAt < stuckBefore, cancellationToken);
        return new EngineBacklog(undispatched, stuck, overdue);
    }
}
