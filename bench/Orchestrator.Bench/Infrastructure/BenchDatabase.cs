using Microsoft.Data.Sqlite;
using Npgsql;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Bench.Infrastructure;

/// <summary>
/// A throw-away database for one scenario: a SQLite file in the run's work folder, or a uniquely named
/// database on the benchmark's PostgreSQL server. Disposing drops it.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _server;
    private readonly string _name;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? server, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _server = server;
        _name = name;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static BenchDatabase Sqlite(BenchSettings settings, string name)
    {
        Directory.CreateDirectory(settings.WorkDirectory);
        var file = Path.Combine(settings.WorkDirectory, $"{name}.db");
        File.Delete(file);
        return new BenchDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", null, file);
    }

    public static async Task<BenchDatabase> PostgresAsync(BenchSettings settings, string name)
    {
        var server = settings.RequirePostgres();
        var database = $"orch_bench_{name}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 20 }.ConnectionString;
        return new BenchDatabase(DatabaseProvider.PostgreSql, connectionString, server, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null)
        {
            SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("BENCH_KEEP") is null)
                foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" }) File.Delete(_name + suffix);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
