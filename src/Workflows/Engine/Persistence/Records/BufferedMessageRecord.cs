namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_buffered_messages: a message published before anyone waited for it, kept until it expires.</summary>
public sealed class BufferedMessageRecord : WorkflowRecord
{
    public string MessageName { get; set; } = "";
    public string CorrelationKey { get; set; } = "";
    public string VariablesJson { get; set; } = "{}";
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
}
