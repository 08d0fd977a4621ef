using System.Text.Json;
using System.Text.Json.Serialization;

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
}
