namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>
/// The variables an activity hands back (mapped by the task's output mappings, or merged as they are).
/// An <see cref="Outcome"/>, when set, is returned as the variable <c>outcome</c>.
/// </summary>
public sealed record ActivityResult(IReadOnlyDictionary<string, object?> Outputs, string? Outcome = null)
{
    public static ActivityResult Done() => new(new Dictionary<string, object?>());

    public static ActivityResult With(string name, object? value) => new(new Dictionary<string, object?> { [name] = value });

    public static ActivityResult With(IReadOnlyDictionary<string, object?> outputs) => new(outputs);

    public IReadOnlyDictionary<string, object?> Variables() => Outcome is null
        ? Outputs
        : new Dictionary<string, object?>(Outputs) { ["outcome"] = Outcome };
}
