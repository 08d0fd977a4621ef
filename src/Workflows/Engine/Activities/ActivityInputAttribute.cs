namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>Declares an input variable the activity reads.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActivityInputAttribute(string name, Type type) : Attribute
{
    public string Name { get; } = name;
    public Type Type { get; } = type;
    public string? Description { get; init; }
    public bool Required { get; init; }
}
