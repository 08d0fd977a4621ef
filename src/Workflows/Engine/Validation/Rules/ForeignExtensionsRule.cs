using Orchestrator.Workflows.Engine.Parsing;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>Warns, element by element, about vendor extensions (such as <c>camunda:*</c>) the engine ignores.</summary>
public sealed class ForeignExtensionsRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context) =>
        context.ParseDiagnostics
            .Where(d => d.ElementKind == ForeignExtensionInspector.Kind && (d.ProcessId is null || d.ProcessId == context.Process.Id))
            .Select(d => ValidationProblem.Warning(d.ElementId, d.Message));
}
