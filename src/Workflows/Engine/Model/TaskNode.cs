namespace Orchestrator.Workflows.Engine.Model;

/// <summary>Any BPMN task: user, service, send, receive, script, business rule, manual or plain.</summary>
public sealed record TaskNode(string Id, string? Name, FlowNodeKind Kind) : FlowNode(Id, Name, Kind)
{
    /// <summary><c>zeebe:taskDefinition type</c>: the registered activity that executes the task.</summary>
    public string? TaskType { get; init; }

    /// <summary><c>zeebe:taskHeaders</c>: static settings handed to the activity.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public UserTaskAssignment? Assignment { get; init; }

    /// <summary><c>zeebe:formDefinition formKey|formId</c>.</summary>
    public string? FormKey { get; init; }

    /// <summary><c>orc:dueDate</c>: an ISO 8601 duration from creation.</summary>
    public string? DueDate { get; init; }

    /// <summary><c>orc:calendar="working-days"</c> on the user task: the due date counts working days.</summary>
    public bool DueDateInWorkingDays { get; init; }

    /// <summary>For receive tasks: the <c>messageRef</c>.</summary>
    public string? MessageRef { get; init; }
}
