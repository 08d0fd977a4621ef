namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_instances: a running or finished process instance with its whole state in one JSON column.</summary>
public sealed class WorkflowInstanceRecord : WorkflowRecord, IRevisioned
{
    public Guid DefinitionId { get; set; }
    public string ProcessKey { get; set; } = "";
    public int Version { get; set; }
    public string? BusinessKey { get; set; }
    public WorkflowInstanceStatus Status { get; set; }
    public string VariablesJson { get; set; } = "{}";
    public string StateJson { get; set; } = "{}";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public Guid? ParentInstanceId { get; set; }
    public long Revision { get; set; }
}

public enum WorkflowInstanceStatus
{
    Active,
    Completed,
    Cancelled,
    Incident,
}
