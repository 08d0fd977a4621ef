using Hangfire;
using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Host.Scheduling;

/// <summary>Gives a workflow timer a delayed Hangfire job; the job carries only the timer id (timers are data).</summary>
public sealed class HangfireTimerScheduler(IBackgroundJobClient jobs) : ITimerScheduler
{
    public void Schedule(Guid timerId, DateTimeOffset dueAt) =>
        jobs.Schedule<FireWorkflowTimerJob>(job => job.RunAsync(timerId, CancellationToken.None), dueAt);
}
