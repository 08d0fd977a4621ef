namespace Orchestrator.Workflows.Engine.Model;

/// <summary>An exclusive, parallel, inclusive, event-based or complex gateway.</summary>
public sealed record GatewayNode(string Id, string? Name, FlowNodeKind Kind) : FlowNode(Id, Name, Kind);
