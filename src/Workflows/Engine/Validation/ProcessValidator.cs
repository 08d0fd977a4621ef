using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Validation.Rules;

namespace Orchestrator.Workflows.Engine.Validation;

/// <summary>Checks every executable process of a file against the rules; non-executable processes are skipped.</summary>
public sealed class ProcessValidator(IActivityCatalog activities, ICandidateGroupCatalog candidateGroups)
{
    private static readonly IProcessRule[] Rules =
    [
        new UniqueIdsRule(), new FlowReferencesRule(), new StartEventRule(), new ReachabilityRule(),
        new ExpressionSyntaxRule(), new ExclusiveDefaultFlowRule(), new TimerExpressionRule(),
        new RegisteredNamesRule(), new ExecutableElementsRule(),
        new ExclusiveConditionRule(), new EventSubProcessRule(), new EscalationReferenceRule(), new ForeignExtensionsRule(), new ErrorBoundaryRule(), new SignalAndCompensationRule(), new TimerStartRule(),
    ];

    public IReadOnlyList<ValidationProblem> Validate(BpmnDefinitions definitions, IReadOnlyList<BpmnDiagnostic> parseDiagnostics)
    {
        var executable = definitions.Processes.Where(p => p.IsExecutable).ToList();
        if (executable.Count == 0)
            return [ValidationProblem.Error(null, "process.none-executable", $"The file has no executable process; mark the process isExecutable=\"true\".")];
        return executable
            .Select(process => new ValidationContext(definitions, process, parseDiagnostics, activities, candidateGroups))
            .SelectMany(context => Rules.SelectMany(rule => rule.Check(context)))
            .Distinct()
            .ToList();
    }
}
