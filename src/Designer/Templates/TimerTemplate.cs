using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;

namespace Orchestrator.Designer.Templates;

/// <summary>
/// An SLA timer (catch or boundary event) with its duration as a field. The template schema cannot put an
/// attribute on the timer definition, so the working-day calendar is set in the panel's "working days"
/// group, which the template's description points to; new timers from this template start with it set.
/// </summary>
internal static class TimerTemplate
{
    public const string Id = "orchestrator.sla-timer";

    public static IEnumerable<ElementTemplate> Create(IStringLocalizer<DesignerResource> text) =>
        new[] { "bpmn:IntermediateCatchEvent", "bpmn:BoundaryEvent" }.Select(type => new ElementTemplate(
            $"{Id}.{type[5..]}", text["TimerTemplate"], text["TimerTemplateHint"],
            new TemplateCategory("orchestrator", text["CategoryPeople"]), [type],
            new TemplateElementType(type, "bpmn:TimerEventDefinition"),
            [new("timer", text["GroupTimer"])],
            [
                new TemplateProperty("String", new TemplateBinding("bpmn:TimerEventDefinition#property") { Name = "timeDuration" })
                {
                    Label = text["Duration"], Description = text["DurationHint"], Group = "timer", Value = "P7D",
                    Constraints = new TemplateConstraints(NotEmpty: true) { Pattern = new(TemplatePattern.IsoDuration, text["IsoDurationPattern"]) },
                },
            ]));
}
