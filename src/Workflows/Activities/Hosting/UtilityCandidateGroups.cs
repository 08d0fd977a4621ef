using Orchestrator.Domain.Organization;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Workflows.Activities.Hosting;

/// <summary>The candidate groups a user task may name: the water utility's units and approving roles.</summary>
public sealed class UtilityCandidateGroups : ICandidateGroupCatalog
{
    public bool IsKnown(string group) => CandidateGroups.IsKnown(group);
}
