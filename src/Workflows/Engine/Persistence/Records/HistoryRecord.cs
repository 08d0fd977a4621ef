namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_history: what happened to an instance, element by element.</summary>
public sealed class HistoryRecord : WorkflowRecord
{
    public Guid InstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string ElementType { get; set; } = "";
    public string Event { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public long Sequence { get; set; }
    public string? Actor { get; set; }
    public string? Data { get; set; }
}
