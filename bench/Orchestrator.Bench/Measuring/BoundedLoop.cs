using System.Diagnostics;

namespace Orchestrator.Bench.Measuring;

/// <summary>How many times an operation ran and for how long.</summary>
public sealed record LoopOutcome(int Iterations, TimeSpan Elapsed)
{
    public double PerSecond => Iterations / Elapsed.TotalSeconds;
}

/// <summary>Runs an operation again and again until a time or an iteration limit is reached, whichever comes first.</summary>
public static class BoundedLoop
{
    public static async Task<LoopOutcome> RunAsync(TimeSpan duration, int maxIterations, Func<int, Task> operation)
    {
        var clock = Stopwatch.StartNew();
        var iterations = 0;
        while (iterations < maxIterations && clock.Elapsed < duration)
        {
            await operation(iterations);
            iterations++;
        }
        return new LoopOutcome(iterations, clock.Elapsed);
    }
}
