using System.Text.Json;
using System.Text.Json.Serialization;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>Reads and writes <see cref="InstanceState"/> as JSON, keeping variable values plain.</summary>
public static class InstanceStateSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new PlainValueJsonConverter(), new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Options)
        ?? throw new InvalidOperationException("The stored instance state is empty.");

    /// <summary>
    /// The state and the root scope's variables as two documents, so an instance's variables are written once:
    /// the state's root scope is stored without them.
    /// </summary>
    public static (string StateJson, string VariablesJson) SerializeSplit(InstanceState state)
    {
        if (state.Scopes.FirstOrDefault(s => s.ParentId is null) is not { } root)
            return (Serialize(state), "{}");
        var variables = root.Variables;
        root.Variables = [];
        try
        {
            return (Serialize(state), VariablesJson.Serialize(variables));
        }
        finally
        {
            root.Variables = variables;
        }
    }

    /// <summary>
    /// Reads a state written by <see cref="SerializeSplit"/>: the root scope's variables come from
    /// <paramref name="variablesJson"/>. A state written whole (before the split) keeps its own.
    /// </summary>
    public static InstanceState Deserialize(string stateJson, string? variablesJson)
    {
        var state = Deserialize(stateJson);
        if (state.Scopes.FirstOrDefault(s => s.ParentId is null) is { Variables.Count: 0 } root)
            root.Variables = VariablesJson.Deserialize(variablesJson);
        return state;
    }
}
