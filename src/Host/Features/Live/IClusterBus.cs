namespace Orchestrator.Host.Features.Live;

/// <summary>
/// Carries a <see cref="ClusterMessage"/> to the other nodes of the same database (this node has acted on it
/// already). On PostgreSQL through NOTIFY (<see cref="PostgresClusterBus"/>); the embedded SQLite database has
/// one node, so there is nobody else to tell (<see cref="SingleNodeClusterBus"/>).
/// </summary>
public interface IClusterBus
{
    /// <summary>This process, so a node can tell its own messages from the others'.</summary>
    Guid Node { get; }

    Task PublishAsync(ClusterMessage message, CancellationToken cancellationToken = default);
}

/// <summary>SQLite: one node, every change is seen in process; nothing to send.</summary>
public sealed class SingleNodeClusterBus : IClusterBus
{
    public Guid Node { get; } = Guid.NewGuid();

    public Task PublishAsync(ClusterMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
