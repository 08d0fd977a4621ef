using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Orchestrator.Workflows.Tests.Support;

/// <summary>
/// A uniquely named PostgreSQL database per test class on the server named by ORCHESTRATOR_TEST_POSTGRES,
/// dropped afterwards. Without that variable the tests fail (never skip) and say how to run them.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "ORCHESTRATOR_TEST_POSTGRES";
    private readonly string _server;
    private readonly string _name = $"orch_wf_test_{Guid.NewGuid():N}";

    public PostgresDatabase()
    {
        _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run the README's test command: bash scripts/test.sh");
        Execute($"CREATE DATABASE \"{_name}\"");
        using var db = new TestWorkflowDbContext(new DbContextOptionsBuilder<TestWorkflowDbContext>().UseNpgsql(ConnectionString).Options);
        db.Database.EnsureCreated();
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
