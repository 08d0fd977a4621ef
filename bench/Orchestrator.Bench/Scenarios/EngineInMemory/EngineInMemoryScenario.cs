using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Reporting;
using Orchestrator.Bench.Scenarios.Lifecycle;

namespace Orchestrator.Bench.Scenarios.EngineInMemory;

/// <summary>
/// 1. The engine on its in-memory store against bpmn-engine on Node.js, same process file, same run, one
/// instance at a time on each side. Target: 100 times the peer's rate or more.
/// </summary>
public sealed class EngineInMemoryScenario : IBenchScenario
{
    public const double TargetRatio = 100;

    public IReadOnlyList<int> Numbers => [1];

    public string Title => "Engine in memory vs bpmn-engine";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        var (warmUp, measure, max) = (settings.Seconds(2), settings.Seconds(5), 5_000_000);
        var trap = new CreatedTaskTrap();
        await using var services = EngineComposition.InMemory(trap).BuildServiceProvider();
        var driver = new LifecycleDriver(services, trap);
        await driver.DeployAsync();
        var ours = await driver.MeasureAsync(warmUp, measure, max);
        var peer = await NodePeer.InstancesPerSecondAsync(settings, warmUp, measure, max);
        var ratio = ours.PerSecond / peer;
        return
        [
            new("1 engine in memory", $"{ours.PerSecond:N0} instances/s ({ours.Iterations:N0} in {ours.Elapsed.TotalSeconds:0.0} s)",
                $"≥ {TargetRatio}× peer", ratio >= TargetRatio, $"ratio {ratio:0.0}×; steps {driver.Steps.Summary()}"),
            new("1 peer: bpmn-engine 25.0.1 (Node)", $"{peer:N0} instances/s", "", null, "parsed once, a new Engine per instance"),
        ];
    }
}
