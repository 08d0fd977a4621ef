namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_outbox: work that leaves the process, written in the step's transaction, dispatched after commit.</summary>
public sealed class OutboxRecord : WorkflowRecord
{
    public string Kind { get; set; } = "";
    public string PayloadJson { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>
    /// Set when the row failed too often to be tried again automatically (a dead letter): it waits for an
    /// administrator to retry it and no longer holds up the rows behind it.
    /// </summary>
    public DateTimeOffset? ParkedAt { get; set; }
}
