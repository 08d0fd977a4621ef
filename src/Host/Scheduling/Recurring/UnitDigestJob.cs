using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>The 08:30 working-morning digest to every unit.</summary>
[DisallowConcurrentExecution]
public sealed class UnitDigestJob(UnitDigestSender work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await work.SendAsync(cancellationToken);
}
