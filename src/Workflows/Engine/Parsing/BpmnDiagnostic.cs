namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Something the parser noticed: a file it could not read, or an element the engine cannot execute.</summary>
public sealed record BpmnDiagnostic(
    string? ProcessId,
    string? ElementId,
    string ElementKind,
    string Message,
    DiagnosticSeverity Severity);

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
