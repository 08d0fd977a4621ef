using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>The SLA sweep, twice each working day.</summary>
[DisallowConcurrentExecution]
public sealed class SlaSweepJob(SlaEscalationSender work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await work.SweepAsync(cancellationToken);
}
