namespace Orchestrator.Workflows.Engine.Model;

/// <summary>
/// A timer: <c>timeDuration</c>, <c>timeDate</c> or <c>timeCycle</c> with its raw ISO 8601 text.
/// <paramref name="InWorkingDays"/> is <c>orc:calendar="working-days"</c>: day counts are working days.
/// </summary>
public sealed record TimerEventDefinition(TimerKind TimerKind, string Expression, bool InWorkingDays)
    : EventDefinition("timer");

public enum TimerKind
{
    Duration,
    Date,
    Cycle,
}
