using System.Text.Json;
using System.Text.Json.Serialization;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>Reads untyped JSON values back as plain values instead of <see cref="JsonElement"/>.</summary>
internal sealed class PlainValueJsonConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return PlainValue.Normalize(document.RootElement.Clone());
    }

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
