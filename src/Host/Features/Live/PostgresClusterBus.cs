using Microsoft.Extensions.Options;
using Npgsql;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Live;

/// <summary>
/// PostgreSQL: a message is a NOTIFY on <see cref="Channel"/> that every node's <see cref="PostgresClusterListener"/>
/// receives. A NOTIFY that cannot be sent is logged: the other nodes' screens then refresh on their next change.
/// </summary>
public sealed class PostgresClusterBus(IOptions<DatabaseOptions> options, ILogger<PostgresClusterBus> log) : IClusterBus
{
    public const string Channel = "orchestrator_cluster";

    /// <summary>NOTIFY payloads are limited to 8000 bytes; a longer message becomes "everything changed".</summary>
    private const int MaxPayload = 7900;

    public Guid Node { get; } = Guid.NewGuid();

    public async Task PublishAsync(ClusterMessage message, CancellationToken cancellationToken = default)
    {
        var payload = message.ToJson();
        if (System.Text.Encoding.UTF8.GetByteCount(payload) > MaxPayload)
            payload = (message with { Groups = [InboxNotifier.Everyone], Users = [] }).ToJson();
        try
        {
            await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", payload);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            log.LogWarning(e, "Could not tell the other nodes about a {Kind} change.", message.Kind);
        }
    }
}
