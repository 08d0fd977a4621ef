using Microsoft.Data.Sqlite;

namespace Orchestrator.Host.Persistence;

internal static class SqliteFiles
{
    /// <summary>Creates the folder of a file database (./data by default) so the first start needs no set-up.</summary>
    public static void EnsureDirectoryFor(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
