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
            // The parameters are made once by EF's type mappings (which set how SQLite stores each value) and then
            // only given each row's values: the statement is prepared once and run per row.
            var parameters = entity.Columns.Select((column, i) => column.Mapping.CreateParameter(command, names[i], null, nullable: true)).ToArray();
            command.Parameters.AddRange(parameters);
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                    parameters[i].Value = entity.Columns[i].ProviderValueOf(row) ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}
