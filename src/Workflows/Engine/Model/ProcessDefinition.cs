namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A <c>bpmn:process</c>. Lanes are kept for display only; they do not route work.</summary>
public sealed record ProcessDefinition(
    string Id,
    string? Name,
    bool IsExecutable,
    FlowContainer Content,
    IReadOnlyList<Lane> Lanes);
