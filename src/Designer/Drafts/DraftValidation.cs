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
        if (report.Definitions is null) return report;
        var executable = report.Definitions.Processes.Where(p => p.IsExecutable).Select(p => p.Id).ToList();
        var problems = new List<ValidationProblem>();
        if (!executable.Contains(processKey)) problems.Add(ValidationProblem.Error(null, text["ProcessIdChanged", processKey]));
        // Publishing deploys every executable process of the file: a second one would change another flow unreviewed.
        problems.AddRange(executable.Where(id => id != processKey).Select(id => ValidationProblem.Error(id, text["OtherProcessInDraft", id, processKey])));
        return problems.Count == 0 ? report : report with { Errors = [.. report.Errors, .. problems] };
    }
}
