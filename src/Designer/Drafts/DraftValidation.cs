using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Designer.Drafts;

/// <summary>The engine's validation of a draft, plus the designer's own rule: the draft still defines its flow.</summary>
public sealed class DraftValidation(DefinitionValidator validator, IStringLocalizer<DesignerResource> text)
{
    public ValidationReport Validate(FlowDraft draft) => Validate(draft.ProcessKey, draft.Xml);

    public ValidationReport Validate(string processKey, string xml)
    {
        var report = validator.Validate(xml);
        if (report.Definitions is null || report.Definitions.Processes.Any(p => p.Id == processKey && p.IsExecutable))
            return report;
        return report with
        {
            Errors = [.. report.Errors, ValidationProblem.Error(null,
                text["ProcessIdChanged", processKey])],
        };
    }
}
