using Microsoft.Extensions.Options;
using Npgsql;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// Serialises start-up work (migrations, reference data, flow deployment) across Host nodes that share one
/// PostgreSQL: a session-level advisory lock on a connection of its own, released on dispose. A SQLite file
/// belongs to one node, so there it is a no-op.
/// </summary>
public static class StartupLock
{
    private const long LockKey = 0x0_0C4E_57A7;

    public static async Task<IAsyncDisposable> AcquireAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider != DatabaseProvider.PostgreSql) return NoLock.Instance;
        var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
            await take.ExecuteNonQueryAsync(cancellationToken);
        return connection; // closing the session releases the lock
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
