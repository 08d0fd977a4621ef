namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A <c>bpmn:signal</c>: catches and throws meet by its <paramref name="Name"/>.</summary>
public sealed record SignalDefinition(string Id, string Name);
