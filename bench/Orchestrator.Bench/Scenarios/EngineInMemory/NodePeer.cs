using System.Diagnostics;
using System.Text.Json;
using Orchestrator.Bench.Scenarios.Lifecycle;

namespace Orchestrator.Bench.Scenarios.EngineInMemory;

/// <summary>Runs the same lifecycle in bpmn-engine (bench/peer, Node.js) and reads its rate from the one JSON line it prints.</summary>
public static class NodePeer
{
    private sealed record PeerOutcome(int Instances, double Seconds, double InstancesPerSecond);

    public static async Task<double> InstancesPerSecondAsync(BenchSettings settings, TimeSpan warmUp, TimeSpan measure, int maxInstances)
    {
        var script = Path.Combine(settings.PeerDirectory, "user-task-lifecycle.js");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = settings.PeerDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { script, UserTaskProcess.FilePath, $"{warmUp.TotalSeconds}", $"{measure.TotalSeconds}", $"{maxInstances}" })
            start.ArgumentList.Add(argument);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(warmUp + measure + TimeSpan.FromSeconds(60));
        await node.WaitForExitAsync(timeout.Token);
        if (node.ExitCode != 0) throw new InvalidOperationException($"The bpmn-engine peer failed: {await errors}");
        var outcome = JsonSerializer.Deserialize<PeerOutcome>((await output).Trim(), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The bpmn-engine peer printed nothing.");
        return outcome.InstancesPerSecond;
    }
}
