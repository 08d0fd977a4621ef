using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// The columns a bulk write fills for one entity, read from the EF model: table, column names, type mappings
/// and a getter per column. The row-version column (<c>xmin</c> on PostgreSQL) is the server's own and is left
/// out; SQLite's version counter starts at 1 as <see cref="SqliteOrchestratorDbContext"/> starts it; any other
/// shadow property has no value outside the change tracker and is refused.
/// </summary>
internal sealed record EntityColumns(string Table, IReadOnlyList<EntityColumn> Columns)
{
    public static EntityColumns Of<T>(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => !IsServerVersion(p)).Select(p => EntityColumn.For(p, table)).ToList();
        var name = entityType.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        return new EntityColumns(name, columns);
    }

    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    private static bool IsServerVersion(IProperty property) =>
        property.IsShadowProperty() && property.IsConcurrencyToken && property.ValueGenerated == ValueGenerated.OnAddOrUpdate;
}

/// <summary>One column of <see cref="EntityColumns"/>: its name, EF type mapping and the entity's value for it (before conversion).</summary>
internal sealed record EntityColumn(string Name, RelationalTypeMapping Mapping, Func<object, object?> ValueOf)
{
    public static EntityColumn For(IProperty property, StoreObjectIdentifier table)
    {
        if (property.IsShadowProperty() && property.Name == VersionedEntities.VersionProperty && property.IsConcurrencyToken)
            return new EntityColumn(property.GetColumnName(table)!, (RelationalTypeMapping)property.GetTypeMapping(), _ => 1L);
        if (property.IsShadowProperty())
            throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property; a bulk write has no value for it.");
        var getter = property.GetGetter();
        return new EntityColumn(property.GetColumnName(table)!, (RelationalTypeMapping)property.GetTypeMapping(), getter.GetClrValueUsingContainingEntity);
    }

    /// <summary>The value as the database stores it: after the property's value converter.</summary>
    public object? ProviderValueOf(object row) =>
        ValueOf(row) is { } value ? Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value : null;
}
