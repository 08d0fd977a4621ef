using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Orchestrator.Host.Persistence;

/// <summary>
/// Maps a private list of small records (tariff tiers, document checks, payment allocations) to one JSON text
/// column, the same on SQLite and PostgreSQL.
/// </summary>
internal static class JsonColumn
{
    public static PropertyBuilder<List<T>> JsonList<TEntity, T>(this EntityTypeBuilder<TEntity> entity, string field, string column)
        where TEntity : class
    {
        var comparer = new ValueComparer<List<T>>(
            (a, b) => Serialize(a) == Serialize(b),
            list => Serialize(list).GetHashCode(StringComparison.Ordinal),
            list => Deserialize<T>(Serialize(list)));
        return entity.Property<List<T>>(field)
            .HasField(field)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasColumnName(column)
            .HasConversion(list => Serialize(list), json => Deserialize<T>(json), comparer);
    }

    private static string Serialize<T>(List<T>? list) => JsonSerializer.Serialize(list ?? [], JsonSerializerOptions.Web);

    private static List<T> Deserialize<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, JsonSerializerOptions.Web) ?? [];
}
