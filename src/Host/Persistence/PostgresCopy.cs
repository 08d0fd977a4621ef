using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// Writes new rows of one entity with PostgreSQL's binary COPY (columns from <see cref="EntityColumns"/>), on
/// the context's connection and so inside its transaction.
/// </summary>
internal static class PostgresCopy
{
    public static async Task WriteAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var entity = EntityColumns.Of<T>(db);
        // The store type without its facets: "numeric(18,2)" is written as numeric, "character varying(16)" as varchar.
        var storeTypes = entity.Columns.Select(c => c.Mapping.StoreType.Split('(')[0].Trim()).ToArray();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var importer = await connection.BeginBinaryImportAsync($"COPY {entity.Table} ({entity.ColumnList}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                for (var i = 0; i < entity.Columns.Count; i++)
                {
                    if (entity.Columns[i].ProviderValueOf(row) is { } value) await importer.WriteAsync(value, storeTypes[i], ct);
                    else await importer.WriteNullAsync(ct);
                }
            }
            await importer.CompleteAsync(ct);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}
