using Orchestrator.Bench;
using Orchestrator.Bench.Reporting;
using Orchestrator.Bench.Scenarios;
using Orchestrator.Bench.Scenarios.BillRun;
using Orchestrator.Bench.Scenarios.Completions;
using Orchestrator.Bench.Scenarios.EngineInMemory;
using Orchestrator.Bench.Scenarios.PersistedLifecycle;
using Orchestrator.Bench.Scenarios.Inbox;
using Orchestrator.Bench.Scenarios.OpenInstances;

// Runs the benchmarks of issue 7 and prints one table. Usage (normally through bench/run.sh):
//   dotnet Orchestrator.Bench.dll --repo <repository root> [--only 1,3] [--quick] [--host <Orchestrator.Host.dll>]
var settings = BenchSettings.FromArguments(args);
IBenchScenario[] scenarios =
[
    new EngineInMemoryScenario(),
    new PersistedLifecycleScenario(),
    new InboxScenario(),
    new TimersAndMemoryScenario(),
    new BillRunScenario(),
    new RestCompletionsScenario(),
];

var results = new List<BenchResult>();
foreach (var scenario in scenarios.Where(s => s.Numbers.Any(settings.Scenarios.Contains)))
{
    Console.Error.WriteLine($"== {string.Join(", ", scenario.Numbers)}. {scenario.Title}");
    var started = DateTime.UtcNow;
    try
    {
        results.AddRange(await scenario.RunAsync(settings));
    }
    catch (Exception e)
    {
        results.Add(new BenchResult($"{string.Join(", ", scenario.Numbers)} {scenario.Title}", "failed", "", false, e.GetBaseException().Message));
        Console.Error.WriteLine(e);
    }
    Console.Error.WriteLine($"   took {(DateTime.UtcNow - started).TotalSeconds:0} s");
}
if (Environment.GetEnvironmentVariable("BENCH_KEEP") is null && Directory.Exists(settings.WorkDirectory)) Directory.Delete(settings.WorkDirectory, recursive: true);
Console.WriteLine(ResultTable.Render(results));
return results.Any(r => r.Met == false && r.Figure == "failed") ? 1 : 0;
