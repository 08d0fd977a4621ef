namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_message_subscriptions: a catch event, receive task or boundary event waiting for a message.</summary>
public sealed class MessageSubscriptionRecord : WorkflowRecord
{
    public Guid InstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string TokenId { get; set; } = "";
    public string MessageName { get; set; } = "";
    public string CorrelationKey { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsOpen { get; set; } = true;
}
