using System.Text.Json;

namespace Orchestrator.Workflows.Engine.Variables;

/// <summary>Writes and reads variable maps as JSON objects in their plain form.</summary>
public static class VariablesJson
{
    public static string Serialize(IReadOnlyDictionary<string, object?> variables) => JsonSerializer.Serialize(variables);

    public static Dictionary<string, object?> Deserialize(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json == "{}")
            return [];
        using var document = JsonDocument.Parse(json);
        return PlainValue.Normalize(document.RootElement.Clone()) as Dictionary<string, object?> ?? [];
    }
}
