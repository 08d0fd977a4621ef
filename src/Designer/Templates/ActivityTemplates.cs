using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Designer.Templates;

/// <summary>
/// One service-task template per registered activity: the task type fixed, each declared input a
/// <c>zeebe:input</c> field, each output a <c>zeebe:output</c>, the outcomes listed in the description.
/// </summary>
internal static class ActivityTemplates
{
    public const string IdPrefix = "orchestrator.activity.";

    public static ElementTemplate For(ActivityDescriptor activity, IStringLocalizer<DesignerResource> text)
    {
        var properties = new List<TemplateProperty>
        {
            new("Hidden", new TemplateBinding("zeebe:taskDefinition") { Property = "type" }) { Value = activity.Type },
        };
        properties.AddRange(activity.Inputs.Select(input => new TemplateProperty(FieldType(input.Type), new TemplateBinding("zeebe:input") { Name = input.Name })
        {
            Label = input.Name, Description = input.Description, Group = "inputs", Feel = "optional",
            Constraints = input.Required ? new TemplateConstraints(NotEmpty: true) : null,
        }));
        properties.AddRange(activity.Outputs.Select(output => new TemplateProperty("String", new TemplateBinding("zeebe:output") { Source = "=" + output.Name })
        {
            Label = output.Name, Description = output.Description, Group = "outputs", Value = output.Name,
        }));
        var category = activity.Category ?? text["CategoryActivities"];
        return new ElementTemplate(
            IdPrefix + activity.Type, activity.DisplayName, Describe(activity, text),
            new TemplateCategory(category, category), ["bpmn:Task"], new TemplateElementType("bpmn:ServiceTask"),
            [new("inputs", text["GroupInputs"]), new("outputs", text["GroupOutputs"])], properties);
    }

    private static string? Describe(ActivityDescriptor activity, IStringLocalizer<DesignerResource> text)
    {
        if (activity.Outcomes.Count == 0) return activity.Description;
        var outcomes = string.Join("; ", activity.Outcomes.Select(o => o.Description is null ? o.Name : $"{o.Name}: {o.Description}"));
        return $"{activity.Description} {text["Outcomes"]}: {outcomes}".Trim();
    }

    private static string FieldType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(bool)) return "Boolean";
        return t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double) ? "Number" : "String";
    }
}
