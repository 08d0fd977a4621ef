using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Host.Scheduling;

/// <summary>
/// At start-up, dispatches outbox rows a crash left behind and gives pending timers their jobs again:
/// Hangfire's in-memory storage forgets every job on restart, so then every pending timer within the horizon
/// is handed over afresh; its PostgreSQL storage keeps them, so only timers already overdue (their job
/// evidently lost) are, and the window moves on from its mark, so restarts do not pile up duplicate jobs.
/// </summary>
public sealed class TimerReconciler(IServiceScopeFactory scopes, JobStorageChoice storage, ILogger<TimerReconciler> logger)
{
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var dispatched = 0;
        for (int batch; (batch = await dispatcher.DispatchPendingAsync(TimeSpan.Zero, cancellationToken)) > 0;) dispatched += batch;
        var window = services.GetRequiredService<TimerWindow>();
        var handed = storage.KeepsJobs
            ? await window.HandOverOverdueAsync(cancellationToken) + await window.AdvanceAsync(cancellationToken)
            : await window.RestartAsync(cancellationToken);
        logger.LogInformation("Reconciled {Timers} pending timer(s) and {Outbox} outbox row(s)", handed, dispatched);
        return handed;
    }
}
