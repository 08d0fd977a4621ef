using Quartz;

namespace Orchestrator.Host.Scheduling;

/// <summary>Moves the timer window on every ten minutes, on one node of a cluster at a time.</summary>
[DisallowConcurrentExecution]
public sealed class TimerWindowJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TimerWindow>().AdvanceAsync(cancellationToken);
    }
}
