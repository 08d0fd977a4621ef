using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>The outcome of a deployment: the report, and per executable process the version now current.</summary>
public sealed record DeploymentResult(ValidationReport Report, IReadOnlyList<DeployedProcess> Processes)
{
    public bool Deployed => Report.Valid;
}

/// <summary><paramref name="Unchanged"/> is true when identical content was already deployed (no new version).</summary>
public sealed record DeployedProcess(Guid DefinitionId, string Key, int Version, bool Unchanged);
