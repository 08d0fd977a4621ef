using System.Reflection;

namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>An activity's declared metadata: what the designer's element templates are generated from.</summary>
public sealed record ActivityDescriptor(
    string Type,
    Type ImplementationType,
    string DisplayName,
    string? Category,
    string? Description,
    IReadOnlyList<ActivityInputAttribute> Inputs,
    IReadOnlyList<ActivityOutputAttribute> Outputs,
    IReadOnlyList<ActivityOutcomeAttribute> Outcomes)
{
    public static ActivityDescriptor Describe(Type implementation)
    {
        var activity = implementation.GetCustomAttribute<ActivityAttribute>()
            ?? throw new InvalidOperationException($"{implementation.FullName} has no [Activity(\"type\")] attribute.");
        return new ActivityDescriptor(
            activity.Type,
            implementation,
            activity.DisplayName ?? implementation.Name,
            activity.Category,
            activity.Description,
            implementation.GetCustomAttributes<ActivityInputAttribute>().ToList(),
            implementation.GetCustomAttributes<ActivityOutputAttribute>().ToList(),
            implementation.GetCustomAttributes<ActivityOutcomeAttribute>().ToList());
    }
}
