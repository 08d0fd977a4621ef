namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_timers: timers are data; the raw expression is kept so the due date can be recomputed.</summary>
public sealed class TimerRecord : WorkflowRecord
{
    public Guid InstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string TokenId { get; set; } = "";
    public string Expression { get; set; } = "";

    /// <summary>"working-days" when day counts are working days; null for wall-clock time.</summary>
    public string? Calendar { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public int? RemainingRepetitions { get; set; }
    public TimerStatus Status { get; set; }
}

public enum TimerStatus
{
    Pending,
    Fired,
    Cancelled,
}
