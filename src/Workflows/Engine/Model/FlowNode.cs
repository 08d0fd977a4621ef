namespace Orchestrator.Workflows.Engine.Model;

/// <summary>An element tokens can stand on. Subclasses add what their kind needs.</summary>
public abstract record FlowNode(string Id, string? Name, FlowNodeKind Kind)
{
    /// <summary>The <c>default</c> attribute of gateways and activities.</summary>
    public string? DefaultFlow { get; init; }

    public IoMapping IoMapping { get; init; } = IoMapping.None;

    public MultiInstanceLoop? MultiInstance { get; init; }

    /// <summary>A <c>standardLoopCharacteristics</c> was declared (read, not executed).</summary>
    public bool HasStandardLoop { get; init; }

    /// <summary><c>isForCompensation="true"</c>: a compensation handler, started only by compensation.</summary>
    public bool IsForCompensation { get; init; }

    /// <summary>True for tasks, sub-processes and call activities: the elements boundary events attach to.</summary>
    public bool IsActivity => this is TaskNode or SubProcessNode or CallActivityNode;

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}
