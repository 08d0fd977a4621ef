using System.Diagnostics;

namespace Orchestrator.Bench.Measuring;

/// <summary>How many times an operation ran, for how long, and the processor time this process spent meanwhile.</summary>
public sealed record LoopOutcome(int Iterations, TimeSpan Elapsed, TimeSpan ProcessorTime = default)
{
    public double PerSecond => Iterations / Elapsed.TotalSeconds;

    /// <summary>This process's processor time per iteration, in milliseconds (every thread, the runtime's own included).</summary>
    public double ProcessorMsEach => Iterations == 0 ? 0 : ProcessorTime.TotalMilliseconds / Iterations;
}

/// <summary>Runs an operation again and again until a time or an iteration limit is reached, whichever comes first.</summary>
public static class BoundedLoop
{
    public static async Task<LoopOutcome> RunAsync(TimeSpan duration, int maxIterations, Func<int, Task> operation)
    {
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var iterations = 0;
        while (iterations < maxIterations && clock.Elapsed < duration)
        {
            await operation(iterations);
            iterations++;
        }
        return new LoopOutcome(iterations, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - processor);
    }
}
