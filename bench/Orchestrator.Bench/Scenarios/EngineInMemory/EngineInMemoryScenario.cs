using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Measuring;
using Orchestrator.Bench.Reporting;
using Orchestrator.Bench.Scenarios.Lifecycle;

namespace Orchestrator.Bench.Scenarios.EngineInMemory;

/// <summary>
/// 1. The engine on its in-memory store against bpmn-engine on Node.js, same process file, same run, one
/// instance at a time on each side. The two alternate in rounds (each peer round a fresh Node process with its
/// own warm-up) so a busy neighbour on the machine slows both alike. Target: 100 times the peer's rate or more.
/// </summary>
public sealed class EngineInMemoryScenario : IBenchScenario
{
    public const double TargetRatio = 100;
    private const int Rounds = 3;

    public IReadOnlyList<int> Numbers => [1];

    public string Title => "Engine in memory vs bpmn-engine";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        var (warmUp, round, max) = (settings.Seconds(2), settings.Seconds(2), 5_000_000);
        var trap = new CreatedTaskTrap();
        await using var services = EngineComposition.InMemory(trap).BuildServiceProvider();
        var driver = new LifecycleDriver(services, trap);
        await driver.DeployAsync();
        var ours = await BoundedLoop.RunAsync(warmUp, max, n => driver.RunOneAsync(n, record: false));
        var (measured, peerRates) = (new LoopOutcome(0, TimeSpan.Zero), new List<double>());
        for (var r = 0; r < Rounds; r++)
        {
            var offset = ours.Iterations + measured.Iterations;
            var next = await BoundedLoop.RunAsync(round, max, n => driver.RunOneAsync(offset + n, record: true));
            measured = new LoopOutcome(measured.Iterations + next.Iterations, measured.Elapsed + next.Elapsed);
            peerRates.Add(await NodePeer.InstancesPerSecondAsync(settings, warmUp, round, max));
        }
        var peer = peerRates.Average();
        var ratio = measured.PerSecond / peer;
        return
        [
            new("1 engine in memory", $"{measured.PerSecond:N0} instances/s ({measured.Iterations:N0} in {measured.Elapsed.TotalSeconds:0.0} s, {Rounds} rounds)",
                $"≥ {TargetRatio}× peer", ratio >= TargetRatio, $"ratio {ratio:0.0}×; steps {driver.Steps.Summary()}"),
            new("1 peer: bpmn-engine 25.0.1 (Node)", $"{peer:N0} instances/s", "", null,
                $"parsed once, a new Engine per instance; rounds {string.Join(" / ", peerRates.Select(p => p.ToString("N0")))} instances/s"),
        ];
    }
}
