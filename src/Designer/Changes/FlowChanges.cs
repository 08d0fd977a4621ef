namespace Orchestrator.Designer.Changes;

/// <summary>What a change does to a flow, element by element.</summary>
public sealed record FlowChanges(
    IReadOnlyList<FlowElement> Added,
    IReadOnlyList<FlowElement> Removed,
    IReadOnlyList<ElementChange> Changed)
{
    public static FlowChanges None { get; } = new([], [], []);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    public IEnumerable<ParameterChange> Parameters => Changed.SelectMany(c => c.Parameters);

    /// <summary>Every element of the new version by id, so a change can be named by its neighbours (a timer by its task).</summary>
    public IReadOnlyDictionary<string, FlowElement> AfterElements { get; init; } = new Dictionary<string, FlowElement>();
}

public sealed record ElementChange(FlowElement Before, FlowElement After, IReadOnlyList<ParameterChange> Parameters)
{
    public string Id => After.Id;
}

/// <summary>One setting of one element: null Before means it was added, null After that it was removed.</summary>
public sealed record ParameterChange(string ElementId, string ElementLabel, string Name, string? Before, string? After);
