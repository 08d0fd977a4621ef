namespace Orchestrator.Workflows.Engine.Outbox;

/// <summary>
/// Arranges for <c>IWorkflowRuntime.FireTimerAsync(timerId)</c> to be called at <paramref name="dueAt"/>.
/// The Host implements it with Hangfire; scheduling one timer twice must be harmless (firing is idempotent).
/// </summary>
public interface ITimerScheduler
{
    void Schedule(Guid timerId, DateTimeOffset dueAt);
}

/// <summary>Schedules nothing; timers then fire only when the Host's reconciler calls FireTimerAsync.</summary>
public sealed class UnscheduledTimers : ITimerScheduler
{
    public void Schedule(Guid timerId, DateTimeOffset dueAt)
    {
    }
}
