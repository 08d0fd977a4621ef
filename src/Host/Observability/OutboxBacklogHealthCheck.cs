using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Observability;

/// <summary>Degraded while outbox rows wait longer than <see cref="EngineBacklog.StuckAfter"/> (mail, refunds, timers not handed over).</summary>
internal sealed class OutboxBacklogHealthCheck(OrchestratorDbContext db, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var backlog = await EngineBacklog.ReadAsync(db, clock.GetUtcNow(), cancellationToken);
            var description = $"{backlog.Undispatched} undispatched outbox row(s), {backlog.Stuck} older than {EngineBacklog.StuckAfter.TotalMinutes:0} min; "
                + $"{backlog.OverdueTimers} timer(s) overdue";
            return backlog.Stuck > 0 || backlog.OverdueTimers > 0 ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The outbox could not be read: " + e.Message);
        }
    }
}
