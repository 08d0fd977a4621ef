using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Host.Scheduling;

/// <summary>
/// At start-up, dispatches outbox rows a crash left behind and gives pending timers their jobs again:
/// Hangfire's in-memory storage forgets every job on restart, so then every pending timer is scheduled;
/// its PostgreSQL storage keeps them, so only timers already overdue (their job evidently lost) are, and
/// restarts do not pile up duplicate jobs.
/// </summary>
public sealed class TimerReconciler(
    IServiceScopeFactory scopes, ITimerScheduler scheduler, JobStorageChoice storage, TimeProvider clock, ILogger<TimerReconciler> logger)
{
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var dispatched = 0;
        for (int batch; (batch = await dispatcher.DispatchPendingAsync(TimeSpan.Zero, cancellationToken)) > 0;) dispatched += batch;
        var pending = await services.GetRequiredService<IWorkflowRuntime>().PendingTimersAsync(cancellationToken);
        if (storage.KeepsJobs)
        {
            var now = clock.GetUtcNow();
            pending = [.. pending.Where(t => t.DueAt <= now)];
        }
        foreach (var timer in pending) scheduler.Schedule(timer.Id, timer.DueAt);
        logger.LogInformation("Reconciled {Timers} pending timer(s) and {Outbox} outbox row(s)", pending.Count, dispatched);
        return pending.Count;
    }
}
