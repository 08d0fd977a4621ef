using System.Diagnostics;

namespace Orchestrator.Bench.Measuring;

/// <summary>A stopwatch breakdown by phase: where a scenario's time went, for the README's notes on misses.</summary>
public sealed class PhaseClock
{
    private readonly List<(string Phase, TimeSpan Took)> _phases = [];

    public async Task<T> TimeAsync<T>(string phase, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work();
        _phases.Add((phase, clock.Elapsed));
        return result;
    }

    public async Task TimeAsync(string phase, Func<Task> work) => await TimeAsync(phase, async () => { await work(); return true; });

    public override string ToString() => string.Join(", ", _phases.Select(p => $"{p.Phase} {p.Took.TotalSeconds:0.00} s"));
}
