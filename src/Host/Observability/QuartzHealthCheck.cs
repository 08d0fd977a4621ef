using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Orchestrator.Host.Observability;

/// <summary>The Quartz scheduler of this node is running (not created only, in stand-by or shut down).</summary>
internal sealed class QuartzHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var status = await scheduler.GetStatus(cancellationToken);
            return status == SchedulerStatus.Running
                ? HealthCheckResult.Healthy($"Quartz scheduler {scheduler.SchedulerName} running")
                : HealthCheckResult.Unhealthy($"Quartz scheduler {scheduler.SchedulerName} is {status}, not running.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Quartz does not answer: " + e.Message);
        }
    }
}
