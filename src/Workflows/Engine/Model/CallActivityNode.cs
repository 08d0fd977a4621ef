namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A call activity: starts the latest version of the process <paramref name="CalledProcessId"/>.</summary>
public sealed record CallActivityNode(string Id, string? Name, string? CalledProcessId)
    : FlowNode(Id, Name, FlowNodeKind.CallActivity);
