namespace Orchestrator.Workflows.Engine.Validation;

/// <summary>The groups (units, roles) user tasks may be assigned to; supplied by the Host.</summary>
public interface ICandidateGroupCatalog
{
    bool IsKnown(string group);
}

/// <summary>Accepts every group; used until the Host registers its own catalog.</summary>
public sealed class AnyCandidateGroup : ICandidateGroupCatalog
{
    public bool IsKnown(string group) => true;
}
