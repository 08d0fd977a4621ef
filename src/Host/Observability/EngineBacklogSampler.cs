using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Diagnostics;

namespace Orchestrator.Host.Observability;

/// <summary>Every 30 seconds, reads the engine's backlog and hands it to the engine's gauges.</summary>
internal sealed class EngineBacklogSampler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EngineBacklogSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
                var backlog = await EngineBacklog.ReadAsync(db, clock.GetUtcNow(), stoppingToken);
                EngineTelemetry.ReportBacklog(backlog.Waiting + backlog.Parked, backlog.OverdueTimers);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the engine's backlog for the telemetry gauges.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
