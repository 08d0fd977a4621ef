using System.Text.Json;

namespace Orchestrator.Host.Api;

/// <summary>Turns JSON request variables into the plain values the engine stores (string, number, bool, null, lists, maps).</summary>
public static class JsonVariables
{
    public static IReadOnlyDictionary<string, object?>? ToPlain(Dictionary<string, JsonElement>? variables) =>
        variables?.ToDictionary(v => v.Key, v => Plain(v.Value));

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        _ => null,
    };
}
