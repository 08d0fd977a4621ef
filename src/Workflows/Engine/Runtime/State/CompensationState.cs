namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>
/// A completed activity that can still be compensated: where it ran, its handler, and the sub-processes it was
/// lifted out of when they completed (so compensating a sub-process compensates what ran inside it). For one
/// instance of a multi-instance activity, that instance's variables, which its handler sees.
/// </summary>
public sealed class CompensableActivity
{
    public string Id { get; set; } = NewId.Short();
    public string ScopeId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string HandlerId { get; set; } = "";
    public List<string> Origins { get; set; } = [];
    public Dictionary<string, object?> Variables { get; set; } = [];
}

/// <summary>A compensation throw in progress: the throwing token waits while the handlers run one by one.</summary>
public sealed class CompensationRun
{
    public string Id { get; set; } = NewId.Short();
    public string ThrowTokenId { get; set; } = "";
    public List<CompensableActivity> Pending { get; set; } = [];

    /// <summary>The scope holding a multi-instance instance's variables while its handler runs; removed after it.</summary>
    public string? HandlerScopeId { get; set; }
}
