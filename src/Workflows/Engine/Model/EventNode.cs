namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A start, end, intermediate or boundary event.</summary>
public sealed record EventNode(string Id, string? Name, FlowNodeKind Kind, IReadOnlyList<EventDefinition> Definitions)
    : FlowNode(Id, Name, Kind)
{
    /// <summary>For boundary events: the activity it is attached to.</summary>
    public string? AttachedTo { get; init; }

    /// <summary>
    /// For boundary events (<c>cancelActivity</c>) and the start events of event sub-processes
    /// (<c>isInterrupting</c>): interrupting (true, the default) or not.
    /// </summary>
    public bool CancelActivity { get; init; } = true;

    /// <summary>The single event definition, or null for a none event (several = unsupported multiple event).</summary>
    public EventDefinition? Definition => Definitions.Count == 1 ? Definitions[0] : null;
}
