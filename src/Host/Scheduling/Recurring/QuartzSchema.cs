using Microsoft.EntityFrameworkCore.Migrations;
using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>
/// The clustered job store's tables on PostgreSQL, created by a migration from the DDL that ships inside the
/// Quartz package itself (every statement creates only what is missing), so the schema always matches the
/// Quartz version in use.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "qrtz_";
    private const string PostgresScript = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";
    private const string StatementSeparator = "--;;";

    public static void CreatePostgres(MigrationBuilder migration)
    {
        foreach (var statement in PostgresStatements()) migration.Sql(statement);
    }

    public static IEnumerable<string> PostgresStatements()
    {
        using var stream = typeof(IJob).Assembly.GetManifestResourceStream(PostgresScript)
            ?? throw new InvalidOperationException($"The Quartz package has no embedded {PostgresScript}.");
        var script = new StreamReader(stream).ReadToEnd().Replace("{0}", TablePrefix).Replace("{1}", TablePrefix);
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in script.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.Trim() == StatementSeparator)
            {
                statements.Add(current.ToString().Trim());
                current.Clear();
            }
            else if (!line.TrimStart().StartsWith("--", StringComparison.Ordinal))
            {
                current.AppendLine(line);
            }
        }
        statements.Add(current.ToString().Trim());
        return statements.Where(s => s.Length > 0);
    }
}
