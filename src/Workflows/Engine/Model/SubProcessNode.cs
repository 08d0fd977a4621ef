namespace Orchestrator.Workflows.Engine.Model;

/// <summary>An embedded sub-process (or transaction / ad-hoc sub-process) and its own nodes and flows.</summary>
public sealed record SubProcessNode(string Id, string? Name, FlowNodeKind Kind, FlowContainer Content, bool TriggeredByEvent)
    : FlowNode(Id, Name, Kind);
