using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Measuring;

namespace Orchestrator.Bench.Scenarios.Lifecycle;

/// <summary>
/// Runs whole instances one after another: start (one step, one commit), then complete the user task it
/// created (one step, one commit), each call in a fresh DI scope as an HTTP request would have.
/// </summary>
public sealed class LifecycleDriver(IServiceProvider services, CreatedTaskTrap trap)
{
    public LatencyRecorder Steps { get; } = new();

    public async Task DeployAsync()
    {
        var result = await services.InScopeAsync(r => r.DeployAsync(UserTaskProcess.Xml, "bench"));
        if (!result.Deployed) throw new InvalidOperationException("The benchmark process did not deploy.");
    }

    public async Task RunOneAsync(int number, bool record)
    {
        var start = () => services.InScopeAsync(r => r.StartAsync(UserTaskProcess.Key, $"BENCH-{number:D8}"));
        if (record) await Steps.TimeAsync(start); else await start();
        var taskId = trap.Take();
        var complete = () => services.InScopeAsync(r => r.CompleteTaskAsync(taskId, null, "bench"));
        if (record) await Steps.TimeAsync(complete); else await complete();
    }
}
