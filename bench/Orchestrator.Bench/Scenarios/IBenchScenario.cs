using Orchestrator.Bench.Reporting;

namespace Orchestrator.Bench.Scenarios;

/// <summary>A scenario of issue 7 (or two sharing one data set); it creates and drops whatever data it needs.</summary>
public interface IBenchScenario
{
    IReadOnlyList<int> Numbers { get; }

    string Title { get; }

    Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings);
}
