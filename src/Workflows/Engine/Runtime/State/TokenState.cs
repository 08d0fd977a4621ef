namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>A token: where it stands, in which scope, and why it is not moving.</summary>
public sealed class TokenState
{
    public string Id { get; set; } = NewId.Short();
    public string ScopeId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public TokenStatus Status { get; set; } = TokenStatus.Ready;

    /// <summary>The sequence flow the token last arrived by; joins count tokens per incoming flow.</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>The scope this token opened: a sub-process's content or a multi-instance body.</summary>
    public string? ChildScopeId { get; set; }

    /// <summary>Set on the tokens of multi-instance instances: the index of their item.</summary>
    public int? LoopIndex { get; set; }

    /// <summary>Set on a token running a compensation handler: the compensation it belongs to.</summary>
    public string? CompensationRunId { get; set; }
}

public enum TokenStatus
{
    Ready,
    Waiting,
    AtJoin,
    Incident,
}
