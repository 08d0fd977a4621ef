using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// Writes new rows of one entity on SQLite with one prepared INSERT run per row (columns from
/// <see cref="EntityColumns"/>, parameters made by EF's own type mappings, so values are stored exactly as EF
/// stores them), on the context's connection and inside its transaction.
/// </summary>
internal static class SqliteBulkInsert
{
    public static async Task WriteAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var entity = EntityColumns.Of<T>(db);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var names = entity.Columns.Select((_, i) => $"@p{i}").ToArray();
            command.CommandText = $"INSERT INTO {entity.Table} ({entity.ColumnList}) VALUES ({string.Join(", ", names)})";
            foreach (var row in rows)
            {
                command.Parameters.Clear();
                for (var i = 0; i < entity.Columns.Count; i++)
                    command.Parameters.Add(Parameter(command, entity.Columns[i], names[i], row));
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    private static DbParameter Parameter(DbCommand command, EntityColumn column, string name, object row) =>
        column.Mapping.CreateParameter(command, name, column.ValueOf(row), nullable: true);
}
