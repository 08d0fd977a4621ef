using Orchestrator.Workflows.Engine.Parsing;

namespace Orchestrator.Workflows.Engine.Validation;

/// <summary>From XML to a <see cref="ValidationReport"/>: what the API, the designer and a CLI call.</summary>
public sealed class DefinitionValidator(BpmnParser parser, ProcessValidator validator)
{
    public ValidationReport Validate(string xml) => Report(parser.Parse(xml));

    public ValidationReport Validate(Stream xml) => Report(parser.Parse(xml));

    private ValidationReport Report(BpmnParseResult parsed)
    {
        if (parsed.Definitions is null)
            return new ValidationReport(parsed.Errors.Select(d => ValidationProblem.Error(d.ElementId, d.Message)).ToList(), []);
        var problems = validator.Validate(parsed.Definitions, parsed.Diagnostics);
        return new ValidationReport(
            problems.Where(p => p.Severity == DiagnosticSeverity.Error).ToList(),
            problems.Where(p => p.Severity == DiagnosticSeverity.Warning).ToList())
        {
            Definitions = parsed.Definitions,
        };
    }
}
