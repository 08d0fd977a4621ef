using System.Diagnostics;

namespace Orchestrator.Bench.Measuring;

/// <summary>Collects the duration of each operation and reports percentiles in milliseconds.</summary>
public sealed class LatencyRecorder
{
    private readonly List<long> _ticks = [];

    public int Count => _ticks.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await operation();
        _ticks.Add(Stopwatch.GetTimestamp() - started);
        return result;
    }

    public async Task TimeAsync(Func<Task> operation)
    {
        var started = Stopwatch.GetTimestamp();
        await operation();
        _ticks.Add(Stopwatch.GetTimestamp() - started);
    }

    /// <summary>The nearest-rank percentile, e.g. 95 for p95.</summary>
    public double PercentileMs(double percentile)
    {
        if (_ticks.Count == 0) return double.NaN;
        var sorted = _ticks.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }

    /// <summary>Forgets what was timed so far (a warm-up).</summary>
    public void Clear() => _ticks.Clear();

    /// <summary>One recorder holding every duration of <paramref name="recorders"/>.</summary>
    public static LatencyRecorder Merge(IEnumerable<LatencyRecorder> recorders)
    {
        var merged = new LatencyRecorder();
        foreach (var recorder in recorders) merged._ticks.AddRange(recorder._ticks);
        return merged;
    }

    public string Summary() => $"p50 {PercentileMs(50):0.00} / p95 {PercentileMs(95):0.00} / p99 {PercentileMs(99):0.00} ms";
}
