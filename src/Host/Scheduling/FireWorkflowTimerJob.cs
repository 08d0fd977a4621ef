using Hangfire;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Scheduling;

/// <summary>
/// Fires one workflow timer. Safe to run twice or on two nodes: the engine moves the token only while the
/// timer is still pending, and a lost race on the instance is a conflict, not a second move. A job that
/// runs before the timer is due (clock skew between nodes, coarse job schedules) schedules itself again.
/// </summary>
public sealed class FireWorkflowTimerJob(IWorkflowRuntime runtime, ITimerScheduler scheduler, ILogger<FireWorkflowTimerJob> logger)
{
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid timerId, CancellationToken cancellationToken)
    {
        try
        {
            if (await runtime.FireTimerAsync(timerId, cancellationToken)) return;
        }
        catch (WorkflowConflictException)
        {
            logger.LogInformation("Timer {TimerId} lost a race with another step; Hangfire retries it", timerId);
            throw;
        }
        if (await runtime.FindTimerAsync(timerId, cancellationToken) is { Status: TimerStatus.Pending } early)
        {
            scheduler.Schedule(timerId, early.DueAt);
        }
    }
}
