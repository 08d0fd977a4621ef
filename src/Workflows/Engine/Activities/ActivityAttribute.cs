namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>Names the task type an activity class executes, e.g. <c>water.checkArrears</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type) : Attribute
{
    public string Type { get; } = type;
    public string? DisplayName { get; init; }
    public string? Category { get; init; }
    public string? Description { get; init; }
}
