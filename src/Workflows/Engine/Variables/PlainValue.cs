using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Orchestrator.Workflows.Engine.Variables;

/// <summary>
/// Process variables are JSON-like: null, string, bool, long, double, <c>Dictionary&lt;string, object?&gt;</c>
/// and <c>List&lt;object?&gt;</c>. <see cref="Normalize"/> turns anything a caller hands in into that form, so
/// values look the same whether they come from C#, JavaScript or a JSON column.
/// </summary>
public static class PlainValue
{
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string or bool or long or double => value,
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => (double)u,
        float f => Number(f),
        decimal m => Number((double)m),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        JsonElement json => FromJson(json),
        IDictionary<string, object?> map => NormalizeMap(map),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture)!, k => Normalize(map[k])),
        IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value.ToString(),
    };

    public static Dictionary<string, object?> NormalizeMap(IEnumerable<KeyValuePair<string, object?>>? map) =>
        map?.ToDictionary(p => p.Key, p => Normalize(p.Value)) ?? [];

    /// <summary>Integral numbers become <c>long</c>, the rest <c>double</c>.</summary>
    public static object Number(double number) =>
        double.IsFinite(number) && Math.Floor(number) == number && Math.Abs(number) < 9e15 ? (object)(long)number : number;

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => json.TryGetInt64(out var l) ? (object)l : json.GetDouble(),
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => json.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        _ => null,
    };
}
