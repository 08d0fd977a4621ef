namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>
/// wf_timers: timers are data; the raw expression is kept so the due date can be recomputed. A timer start
/// event's timer belongs to a deployed version (<see cref="DefinitionId"/>) instead of an instance.
/// </summary>
public sealed class TimerRecord : WorkflowRecord, IRevisioned
{
    public Guid InstanceId { get; set; }

    /// <summary>For a timer start event: the process version it starts; <see cref="InstanceId"/> is then empty.</summary>
    public Guid? DefinitionId { get; set; }
    public string ElementId { get; set; } = "";
    public string TokenId { get; set; } = "";
    public string Expression { get; set; } = "";

    /// <summary>"working-days" when day counts are working days; null for wall-clock time.</summary>
    public string? Calendar { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public int? RemainingRepetitions { get; set; }
    public TimerStatus Status { get; set; }

    /// <summary>Raised when a start timer fires, so two nodes firing it at once cannot both start an instance.</summary>
    public long Revision { get; set; }
}

public enum TimerStatus
{
    Pending,
    Fired,
    Cancelled,
}
