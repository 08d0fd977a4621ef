using Hangfire;
using Microsoft.Extensions.Options;
using Orchestrator.Workflows.Engine.Outbox;

namespace Orchestrator.Host.Scheduling;

/// <summary>
/// Gives a workflow timer a delayed Hangfire job when it is due within the horizon; the job carries only the
/// timer id (timers are data). A timer due later stays a row until <see cref="TimerWindow"/> brings it in.
/// </summary>
public sealed class HangfireTimerScheduler(IBackgroundJobClient jobs, IOptions<SchedulingOptions> options, TimeProvider clock) : ITimerScheduler
{
    public void Schedule(Guid timerId, DateTimeOffset dueAt)
    {
        if (dueAt >= clock.GetUtcNow() + options.Value.TimerHorizon) return;
        jobs.Schedule<FireWorkflowTimerJob>(job => job.RunAsync(timerId, CancellationToken.None), dueAt);
    }
}
