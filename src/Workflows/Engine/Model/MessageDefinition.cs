namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A <c>bpmn:message</c>; <paramref name="CorrelationKey"/> comes from <c>zeebe:subscription</c>.</summary>
public sealed record MessageDefinition(string Id, string Name, string? CorrelationKey);
