using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Workflows.Tests.Support;

/// <summary>A temporary SQLite file per test class, with the engine's tables created.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"orchestrator-wf-{Guid.NewGuid():N}.db");

    public SqliteDatabase()
    {
        using var db = new TestWorkflowDbContext(new DbContextOptionsBuilder<TestWorkflowDbContext>().UseSqlite(ConnectionString).Options);
        db.Database.EnsureCreated();
    }

    public string ConnectionString => $"Data Source={_path};Default Timeout=60;Pooling=False";

    public void Dispose()
    {
        if (File.Exists(_path))
            File.Delete(_path);
    }
}
