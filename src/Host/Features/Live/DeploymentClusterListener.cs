using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Live;

/// <summary>Tells the other nodes which flows this node has just deployed a new version of, so they start the next instances on it.</summary>
public sealed class DeploymentClusterListener(IClusterBus cluster) : IDefinitionDeploymentListener
{
    public Task OnDeployedAsync(IReadOnlyList<string> processKeys, CancellationToken cancellationToken) =>
        cluster.PublishAsync(ClusterMessage.Definitions(cluster.Node, processKeys), cancellationToken);
}
