using Quartz;

namespace Orchestrator.Host.Scheduling.Retention;

/// <summary>The nightly retention round (02:30 China time, every day), on one node of a cluster at a time.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EngineRetention>().RunAsync(cancellationToken);
    }
}
