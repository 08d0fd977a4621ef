using Microsoft.Data.Sqlite;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Tests.Infrastructure;

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"orchestrator-test-{Guid.NewGuid():N}.db");

    public override DatabaseOptions Options => new()
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = $"Data Source={_path};Default Timeout=30",
    };

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
        return Task.CompletedTask;
    }
}
