using Quartz;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>Counts the finished days of the dashboard's SLA period, every hour on every day (a missed run is caught up by the next).</summary>
[DisallowConcurrentExecution]
public sealed class SlaDaySummaryJob(SlaDaySummaries summaries) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await summaries.SummariseAsync(cancellationToken);
}
