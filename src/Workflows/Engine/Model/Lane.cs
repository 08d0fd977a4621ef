namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A swim lane and the flow nodes drawn in it (nested lane sets are flattened).</summary>
public sealed record Lane(string Id, string? Name, IReadOnlyList<string> FlowNodeRefs);
