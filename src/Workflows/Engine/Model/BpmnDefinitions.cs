namespace Orchestrator.Workflows.Engine.Model;

/// <summary>The content of one BPMN file: its processes and the messages, errors and escalations they refer to.</summary>
public sealed record BpmnDefinitions(
    string? Id,
    string? TargetNamespace,
    IReadOnlyList<ProcessDefinition> Processes,
    IReadOnlyList<MessageDefinition> Messages,
    IReadOnlyList<ErrorDefinition> Errors)
{
    public ProcessDefinition? FindProcess(string id) => Processes.FirstOrDefault(p => p.Id == id);

    public MessageDefinition? FindMessage(string? id) => id is null ? null : Messages.FirstOrDefault(m => m.Id == id);

    public ErrorDefinition? FindError(string? id) => id is null ? null : Errors.FirstOrDefault(e => e.Id == id);

    public IReadOnlyList<EscalationDefinition> Escalations { get; init; } = [];

    public EscalationDefinition? FindEscalation(string? id) => id is null ? null : Escalations.FirstOrDefault(e => e.Id == id);
}
