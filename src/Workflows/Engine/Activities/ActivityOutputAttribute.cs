namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>Declares an output variable the activity returns.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActivityOutputAttribute(string name, Type type) : Attribute
{
    public string Name { get; } = name;
    public Type Type { get; } = type;
    public string? Description { get; init; }
}
