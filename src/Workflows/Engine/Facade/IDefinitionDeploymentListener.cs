namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Told after a deployment has been saved which process keys got a new version, so caches of "the latest version"
/// elsewhere (other nodes) can let go of theirs. Runs after the save: it cannot undo the deployment and must not
/// throw. Register with <c>TryAddEnumerable</c>.
/// </summary>
public interface IDefinitionDeploymentListener
{
    Task OnDeployedAsync(IReadOnlyList<string> processKeys, CancellationToken cancellationToken);
}
