namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>Declares an outcome the activity may report (see <see cref="ActivityResult.Outcome"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActivityOutcomeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string? Description { get; init; }
}
