using System.Text.Json.Serialization;

namespace Orchestrator.Designer.Templates;

/// <summary>A Camunda 8 element template, as bpmn-js-element-templates reads it.</summary>
public sealed record ElementTemplate(
    string Id,
    string Name,
    string? Description,
    TemplateCategory Category,
    IReadOnlyList<string> AppliesTo,
    TemplateElementType ElementType,
    IReadOnlyList<TemplateGroup> Groups,
    IReadOnlyList<TemplateProperty> Properties)
{
    [JsonPropertyName("$schema")]
    public string Schema => "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";

    public int Version => 1;
}

public sealed record TemplateCategory(string Id, string Name);

public sealed record TemplateElementType(string Value, string? EventDefinition = null);

public sealed record TemplateGroup(string Id, string Label);

public sealed record TemplateProperty(string Type, TemplateBinding Binding)
{
    public string? Label { get; init; }
    public string? Description { get; init; }
    public string? Value { get; init; }
    public string? Group { get; init; }
    public string? Feel { get; init; }
    public bool? Editable { get; init; }
    public TemplateConstraints? Constraints { get; init; }
    public IReadOnlyList<TemplateChoice>? Choices { get; init; }
}

/// <summary>Where a property lands in the XML: <c>zeebe:input</c> (name), <c>zeebe:taskHeader</c> (key), <c>property</c> (name), ...</summary>
public sealed record TemplateBinding(string Type)
{
    public string? Name { get; init; }
    public string? Key { get; init; }
    public string? Property { get; init; }
    public string? Source { get; init; }
}

public sealed record TemplateConstraints(bool NotEmpty)
{
    public TemplatePattern? Pattern { get; init; }
}

/// <summary>A regular expression the value must match, and the sentence shown under the field when it does not.</summary>
public sealed record TemplatePattern(string Value, string Message)
{
    /// <summary>An ISO 8601 duration (P5D, PT48H, P1DT12H): what the engine reads as an SLA or a timer's duration.</summary>
    public const string IsoDuration = @"^P(?=\d|T\d)(\d+[YMWD])*(T(\d+[HMS])+)?$";
}

public sealed record TemplateChoice(string Name, string Value);
