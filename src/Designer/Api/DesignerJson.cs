using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestrator.Designer.Api;

/// <summary>camelCase without nulls: the shape bpmn-js-element-templates expects.</summary>
public static class DesignerJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
