using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Orchestrator.Workflows.Engine.Diagnostics;

/// <summary>
/// The engine's traces and metrics under one name (<see cref="Name"/>), for whatever the host exports them with:
/// a span per committed step, counters of steps, conflicts and incidents, a step-duration histogram, and gauges of
/// the outbox backlog and overdue timers (the host samples those from its store and reports them here).
/// </summary>
public static class EngineTelemetry
{
    public const string Name = "Orchestrator.Workflows.Engine";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Steps = Meter.CreateCounter<long>("orchestrator.engine.steps", "{step}", "Steps committed");
    private static readonly Histogram<double> StepDuration = Meter.CreateHistogram<double>("orchestrator.engine.step.duration", "ms", "Time to commit a step");
    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>("orchestrator.engine.conflicts", "{conflict}", "Steps lost to a concurrent change");
    private static readonly Counter<long> Incidents = Meter.CreateCounter<long>("orchestrator.engine.incidents", "{incident}", "Incidents raised");
    private static long outboxBacklog;
    private static long overdueTimers;

    static EngineTelemetry()
    {
        Meter.CreateObservableGauge("orchestrator.engine.outbox.backlog", () => Interlocked.Read(ref outboxBacklog), "{message}", "Outbox rows not yet dispatched");
        Meter.CreateObservableGauge("orchestrator.engine.timers.due", () => Interlocked.Read(ref overdueTimers), "{timer}", "Pending timers past their due time");
    }

    /// <summary>The span of one step's commit; dispose it when the commit ends.</summary>
    public static Activity? StartStep() => ActivitySource.StartActivity("workflow.step");

    public static void StepCommitted(int instances, long startedTimestamp)
    {
        Steps.Add(1);
        StepDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds, new KeyValuePair<string, object?>("instances", instances));
    }

    public static void Conflict() => Conflicts.Add(1);

    public static void IncidentRaised(string kind) => Incidents.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>Called by the host's sampler with what its store holds now.</summary>
    public static void ReportBacklog(long undispatchedOutbox, long pendingOverdueTimers)
    {
        Interlocked.Exchange(ref outboxBacklog, undispatchedOutbox);
        Interlocked.Exchange(ref overdueTimers, pendingOverdueTimers);
    }
}
