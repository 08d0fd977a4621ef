using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Scheduling;

/// <summary>
/// Hangfire holds only the timers due within <see cref="SchedulingOptions.TimerHorizon"/>; every other
/// pending timer is a row and nothing else, so a node's memory does not grow with months of open deadlines.
/// A recurring job moves the window on: it hands over the timers that came within the horizon since the last
/// round (from the stored mark up to now plus the horizon), a page at a time, and moves the mark. A timer
/// handed over twice (by its step and by the window) fires once: firing is idempotent.
/// </summary>
public sealed class TimerWindow(OrchestratorDbContext db, ITimerScheduler scheduler, IOptions<SchedulingOptions> options, TimeProvider clock)
{
    private const int PageSize = 1_000;

    /// <summary>Hands over the timers that came within the horizon since the last round; returns how many.</summary>
    public async Task<int> AdvanceAsync(CancellationToken cancellationToken = default)
    {
        var mark = await db.Set<TimerWindowMark>().FindAsync([TimerWindowMark.SingletonId], cancellationToken);
        var until = clock.GetUtcNow() + options.Value.TimerHorizon;
        var from = mark?.ReachedUntil ?? clock.GetUtcNow();
        var handed = from < until ? await HandOverAsync(from, until, cancellationToken) : 0;
        await MoveMarkAsync(mark, until, cancellationToken);
        return handed;
    }

    /// <summary>
    /// After a restart on storage that forgot its jobs: hands over every pending timer due within the horizon,
    /// overdue ones first, and sets the mark.
    /// </summary>
    public async Task<int> RestartAsync(CancellationToken cancellationToken = default)
    {
        var mark = await db.Set<TimerWindowMark>().FindAsync([TimerWindowMark.SingletonId], cancellationToken);
        var until = clock.GetUtcNow() + options.Value.TimerHorizon;
        var handed = await HandOverAsync(DateTimeOffset.MinValue, until, cancellationToken);
        await MoveMarkAsync(mark, until, cancellationToken);
        return handed;
    }

    /// <summary>Hands over the pending timers due before now (their jobs evidently lost); returns how many.</summary>
    public Task<int> HandOverOverdueAsync(CancellationToken cancellationToken = default) =>
        HandOverAsync(DateTimeOffset.MinValue, clock.GetUtcNow(), cancellationToken);

    private async Task<int> HandOverAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var pending = db.Set<TimerRecord>().AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt < until);
        var handed = 0;
        var page = await pending.Where(t => t.DueAt >= from).OrderBy(t => t.DueAt).Take(PageSize)
            .Select(t => new { t.Id, t.DueAt }).ToListAsync(cancellationToken);
        while (true)
        {
            foreach (var timer in page) scheduler.Schedule(timer.Id, timer.DueAt);
            handed += page.Count;
            if (page.Count < PageSize) return handed;
            // Timers due at the very moment the page ended at, which the page may have cut in two.
            var last = page[^1].DueAt;
            var seen = page.Where(t => t.DueAt == last).Select(t => t.Id).ToList();
            var ties = await pending.Where(t => t.DueAt == last && !seen.Contains(t.Id)).Select(t => new { t.Id, t.DueAt }).ToListAsync(cancellationToken);
            foreach (var timer in ties) scheduler.Schedule(timer.Id, timer.DueAt);
            handed += ties.Count;
            page = await pending.Where(t => t.DueAt > last).OrderBy(t => t.DueAt).Take(PageSize)
                .Select(t => new { t.Id, t.DueAt }).ToListAsync(cancellationToken);
        }
    }

    private async Task MoveMarkAsync(TimerWindowMark? mark, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (mark is null) db.Add(new TimerWindowMark { ReachedUntil = until });
        else if (mark.ReachedUntil < until) mark.ReachedUntil = until;
        await db.SaveChangesAsync(cancellationToken);
    }
}
