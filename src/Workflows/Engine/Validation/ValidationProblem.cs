using Orchestrator.Workflows.Engine.Parsing;

namespace Orchestrator.Workflows.Engine.Validation;

/// <summary>One problem in a definition: the element it concerns and a sentence a process owner can act on.</summary>
public sealed record ValidationProblem(string? ElementId, string Message, DiagnosticSeverity Severity)
{
    public static ValidationProblem Error(string? elementId, string message) => new(elementId, message, DiagnosticSeverity.Error);

    public static ValidationProblem Warning(string? elementId, string message) => new(elementId, message, DiagnosticSeverity.Warning);
}
