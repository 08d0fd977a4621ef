using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;

namespace Orchestrator.Designer.Templates;

/// <summary>
/// The start event of a customer-withdrawal event sub-process, as in the new-connection flow: it waits for the
/// message "request-withdrawn" keyed by the request number. A process owner draws an event sub-process (the
/// replace menu of an expanded sub-process), makes its start a message start and applies this template.
/// </summary>
internal static class WithdrawalTemplate
{
    public const string Id = "orchestrator.customer-withdrawal";
    public const string MessageName = "request-withdrawn";

    public static ElementTemplate Create(IStringLocalizer<DesignerResource> text) => new(
        Id, text["WithdrawalTemplate"], text["WithdrawalTemplateHint"],
        new TemplateCategory("orchestrator-events", text["CategoryEvents"]), ["bpmn:StartEvent"],
        new TemplateElementType("bpmn:StartEvent", "bpmn:MessageEventDefinition"),
        [],
        [
            new TemplateProperty("Hidden", new TemplateBinding("bpmn:Message#property") { Name = "name" }) { Value = MessageName },
            new TemplateProperty("Hidden", new TemplateBinding("bpmn:Message#zeebe:subscription#property") { Name = "correlationKey" })
            {
                Value = "=requestNumber",
            },
        ]);
}
