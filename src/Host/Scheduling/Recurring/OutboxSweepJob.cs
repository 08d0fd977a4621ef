using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>
/// The outbox sweep, every minute on every day. Quartz's clustered store (PostgreSQL) fires it on one node
/// at a time, so two nodes never send the same row; the embedded default has a single node.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxSweepJob(OutboxSweep sweep) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await sweep.SweepAsync(cancellationToken);
}
