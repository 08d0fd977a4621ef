using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Observability;

/// <summary>Degraded while outbox rows or timers wait longer than <see cref="EngineBacklog.StuckAfter"/>, or dead letters wait for an administrator.</summary>
internal sealed class OutboxBacklogHealthCheck(OrchestratorDbContext db, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var backlog = await EngineBacklog.ReadAsync(db, clock.GetUtcNow(), cancellationToken);
            var description = $"{backlog.Waiting} outbox row(s) waiting, {backlog.Stuck} longer than {EngineBacklog.StuckAfter.TotalMinutes:0} min; "
                + $"{backlog.Parked} parked as dead letters; {backlog.OverdueTimers} timer(s) overdue";
            return backlog.NeedsAttention ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The outbox could not be read: " + e.Message);
        }
    }
}
