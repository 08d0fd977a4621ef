namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>
/// A bookmark: something a token waits for. Its id is also the id of the matching record (user task,
/// timer, message subscription), so resuming is a lookup. <see cref="ElementId"/> is the element that
/// reacts: the task itself, a boundary event, or the event after an event-based gateway.
/// </summary>
public sealed class WaitState
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TokenId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public WaitKind Kind { get; set; }

    /// <summary>Set instead of a token for the start events of event sub-processes: the scope that waits.</summary>
    public string? ScopeId { get; set; }

    public DateTimeOffset? DueAt { get; set; }
    public string? TimerExpression { get; set; }
    public bool WorkingDays { get; set; }
    public int? RemainingRepetitions { get; set; }

    public string? MessageName { get; set; }
    public string? CorrelationKey { get; set; }

    public Guid? ChildInstanceId { get; set; }
}

public enum WaitKind
{
    UserTask,
    Timer,
    Message,
    Activity,
    CalledProcess,
}
