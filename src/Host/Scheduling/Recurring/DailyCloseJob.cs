using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>The 17:30 daily close (日结) of every company.</summary>
[DisallowConcurrentExecution]
public sealed class DailyCloseJob(DailyCloser work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await work.CloseAsync(cancellationToken);
}
