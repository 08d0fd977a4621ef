namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A <c>bpmn:error</c>: what an error end event throws and an error boundary event catches.</summary>
public sealed record ErrorDefinition(string Id, string? Name, string? ErrorCode);
