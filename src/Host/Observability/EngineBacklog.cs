using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Observability;

/// <summary>
/// What is waiting in the engine's tables, across every company: outbox rows still to go out (and those waiting
/// for minutes), rows parked as dead letters, and timers past their due time.
/// </summary>
public sealed record EngineBacklog(int Waiting, int Stuck, int Parked, int OverdueTimers)
{
    /// <summary>A row or timer older than this is stuck: the dispatcher and the sweep hand rows over within a minute or two.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(5);

    public bool NeedsAttention => Stuck > 0 || Parked > 0 || OverdueTimers > 0;

    /// <summary>Counts on indexed columns (the outbox's waiting-rows index and DispatchedAt, wf_timers Status+DueAt).</summary>
    public static async Task<EngineBacklog> ReadAsync(OrchestratorDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stuckBefore = now - StuckAfter;
        var undispatched = db.Set<OutboxRecord>().IgnoreQueryFilters().AsNoTracking().Where(o => o.DispatchedAt == null);
        var waiting = undispatched.Where(o => o.ParkedAt == null);
        var waitingCount = await waiting.CountAsync(cancellationToken);
        var stuck = waitingCount == 0 ? 0 : await waiting.CountAsync(o => o.CreatedAt < stuckBefore, cancellationToken);
        var parked = await undispatched.CountAsync(o => o.ParkedAt != null, cancellationToken);
        var overdue = await db.Set<TimerRecord>().IgnoreQueryFilters().AsNoTracking()
            .CountAsync(t => t.Status == TimerStatus.Pending && t.DueAt < stuckBefore, cancellationToken);
        return new EngineBacklog(waitingCount, stuck, parked, overdue);
    }
}
