namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_incidents: a token stopped by a failure, until someone retries it.</summary>
public sealed class IncidentRecord : WorkflowRecord
{
    public Guid InstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string TokenId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Message { get; set; } = "";
    public IncidentStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

public enum IncidentStatus
{
    Open,
    Resolved,
}
