using Orchestrator.Workflows.Engine.Parsing;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>What the parser reported as not executable is an error in an executable process.</summary>
public sealed class ExecutableElementsRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context) =>
        context.ParseDiagnostics
            .Where(d => d.ProcessId == context.Process.Id && d.ElementKind != ForeignExtensionInspector.Kind)
            .Select(d => ValidationProblem.Error(d.ElementId, d.Message));
}
