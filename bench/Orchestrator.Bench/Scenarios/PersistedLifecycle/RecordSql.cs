using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Orchestrator.Bench.Scenarios.PersistedLifecycle;

/// <summary>
/// Plain INSERT and UPDATE statements for one engine table, built from the EF model the engine maps it with,
/// so the plain loop writes exactly the engine's columns with exactly its provider values (enums as text,
/// dates as ticks on SQLite), without EF in the way.
/// </summary>
public sealed class RecordSql(IEntityType entity)
{
    private readonly IProperty[] _columns = [.. entity.GetProperties()];

    private string Table => $"\"{entity.GetTableName()}\"";

    public void AddInsert(DbCommandTarget target, object record) =>
        target.Add(
            $"INSERT INTO {Table} ({string.Join(", ", _columns.Select(c => $"\"{c.GetColumnName()}\""))}) " +
            $"VALUES ({string.Join(", ", _columns.Select((_, i) => $"@{target.Prefix}{i}"))})",
            _columns.Select(c => ProviderValue(c, record)));

    /// <summary>UPDATE … SET the changed columns WHERE Id = … AND Revision = previous, as the engine's optimistic check does.</summary>
    public void AddUpdate(DbCommandTarget target, object record, IReadOnlyList<string> changed, long previousRevision)
    {
        var set = changed.Select(name => entity.FindProperty(name)!).ToArray();
        var key = entity.FindProperty("Id")!;
        var revision = entity.FindProperty("Revision")!;
        var n = set.Length;
        target.Add(
            $"UPDATE {Table} SET {string.Join(", ", set.Select((c, i) => $"\"{c.GetColumnName()}\" = @{target.Prefix}{i}"))} " +
            $"WHERE \"{key.GetColumnName()}\" = @{target.Prefix}{n} AND \"{revision.GetColumnName()}\" = @{target.Prefix}{n + 1}",
            [.. set.Select(c => ProviderValue(c, record)), ProviderValue(key, record), previousRevision]);
    }

    /// <summary>DELETE … WHERE the primary key's columns equal the record's.</summary>
    public void AddDelete(DbCommandTarget target, object record)
    {
        var key = entity.FindPrimaryKey()!.Properties;
        target.Add(
            $"DELETE FROM {Table} WHERE {string.Join(" AND ", key.Select((c, i) => $"\"{c.GetColumnName()}\" = @{target.Prefix}{i}"))}",
            key.Select(c => ProviderValue(c, record)));
    }

    private static object? ProviderValue(IProperty column, object record)
    {
        // A column the Host adds without a property on the engine's record (the office district of a task-group
        // row) holds its default for work that is not the business office's, as in this flow.
        if (column.PropertyInfo is null) return column.GetDefaultValue();
        var value = column.PropertyInfo.GetValue(record);
        var converter = column.GetTypeMapping().Converter;
        return value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
    }
}
