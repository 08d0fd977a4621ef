namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>
/// A variable scope: the instance root, a sub-process's content, a multi-instance body or one of its
/// instances. <see cref="OwnerTokenId"/> is the token standing on the element that opened the scope.
/// </summary>
public sealed class ScopeState
{
    public string Id { get; set; } = NewId.Short();
    public string? ParentId { get; set; }
    public string ElementId { get; set; } = "";
    public string? OwnerTokenId { get; set; }
    public Dictionary<string, object?> Variables { get; set; } = [];
    public MultiInstanceState? MultiInstance { get; set; }
}
