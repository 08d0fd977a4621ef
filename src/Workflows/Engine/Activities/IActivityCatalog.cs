namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>The task types that can run: what the validator checks service tasks against.</summary>
public interface IActivityCatalog
{
    IReadOnlyCollection<ActivityDescriptor> All { get; }

    ActivityDescriptor? Find(string type);
}
