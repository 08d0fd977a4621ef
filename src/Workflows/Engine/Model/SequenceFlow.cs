namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A sequence flow; <paramref name="Condition"/> is the raw condition expression text, if any.</summary>
public sealed record SequenceFlow(string Id, string? Name, string SourceRef, string TargetRef, string? Condition);
