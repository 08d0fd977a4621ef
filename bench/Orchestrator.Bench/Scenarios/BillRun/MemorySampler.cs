namespace Orchestrator.Bench.Scenarios.BillRun;

/// <summary>Samples the managed heap every 20 ms while work runs and keeps the highest value seen above the start.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly long _baseline;
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _baseline = GC.GetTotalMemory(true);
        _peak = _baseline;
        _timer = new Timer(_ => Sample(), null, 0, 20);
    }

    /// <summary>Highest managed heap above the start, in MB.</summary>
    public double PeakAboveStartMb
    {
        get
        {
            Sample();
            return (Interlocked.Read(ref _peak) - _baseline) / 1024.0 / 1024.0;
        }
    }

    private void Sample()
    {
        var now = GC.GetTotalMemory(false);
        long seen;
        do seen = Interlocked.Read(ref _peak);
        while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);
    }

    public void Dispose() => _timer.Dispose();
}
