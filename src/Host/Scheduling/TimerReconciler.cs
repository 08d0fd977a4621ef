using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Host.Scheduling;

/// <summary>
/// At start-up, gives every pending timer a job again and dispatches outbox rows a crash left behind:
/// Hangfire's in-memory storage forgets its jobs on restart, the database does not.
/// </summary>
public sealed class TimerReconciler(IServiceScopeFactory scopes, ITimerScheduler scheduler, ILogger<TimerReconciler> logger)
{
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var dispatched = 0;
        for (int batch; (batch = await dispatcher.DispatchPendingAsync(cancellationToken)) > 0;) dispatched += batch;
        var pending = await services.GetRequiredService<IWorkflowRuntime>().PendingTimersAsync(cancellationToken);
        foreach (var timer in pending) scheduler.Schedule(timer.Id, timer.DueAt);
        logger.LogInformation("Reconciled {Timers} pending timer(s) and {Outbox} outbox row(s)", pending.Count, dispatched);
        return pending.Count;
    }
}
