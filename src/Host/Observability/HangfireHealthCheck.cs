using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Orchestrator.Host.Observability;

/// <summary>Hangfire's storage answers (else unhealthy) and at least one job server is alive in it (else degraded).</summary>
internal sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var servers = monitoring.Servers();
            var failed = monitoring.FailedCount();
            var description = $"{servers.Count} job server(s), {failed} failed job(s)";
            // Degraded, not unhealthy, without a server: one announces itself a moment after start.
            return Task.FromResult(servers.Count > 0 ? HealthCheckResult.Healthy(description) : HealthCheckResult.Degraded(description));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire's job storage does not answer: " + e.Message));
        }
    }
}
