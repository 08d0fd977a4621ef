namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_signal_subscriptions: a signal catch or boundary event waiting; a broadcast reaches every open one of its tenant.</summary>
public sealed class SignalSubscriptionRecord : WorkflowRecord
{
    public Guid InstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string TokenId { get; set; } = "";
    public string SignalName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsOpen { get; set; } = true;
}
