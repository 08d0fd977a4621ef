using System.Text.Json;
using System.Text.Json.Serialization;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>
/// Reads untyped JSON values back as plain values (<see cref="PlainValue"/>) instead of <see cref="JsonElement"/>,
/// straight from the reader's tokens, without building a document per value.
/// </summary>
internal sealed class PlainValueJsonConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Number: return reader.TryGetInt64(out var whole) ? (object)whole : reader.GetDouble();
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    list.Add(Read(ref reader, typeToConvert, options));
                return list;
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    map[name] = Read(ref reader, typeToConvert, options);
                }
                return map;
            default: return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
