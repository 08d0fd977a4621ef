using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>Opens the month's meter-reading batches on working mornings.</summary>
[DisallowConcurrentExecution]
public sealed class MeterReadingJob(MeterReadingCycle work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await work.OpenDueBatchesAsync(cancellationToken);
}
