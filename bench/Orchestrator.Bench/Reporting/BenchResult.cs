namespace Orchestrator.Bench.Reporting;

/// <summary>
/// One line of the results table. <see cref="Met"/> is null for figures that have no target of their own
/// (the peer's rate, the plain loop's rate, a breakdown).
/// </summary>
public sealed record BenchResult(string Scenario, string Figure, string Target, bool? Met, string Notes = "")
{
    public string Verdict => Met switch { true => "pass", false => "MISS", null => "" };
}
