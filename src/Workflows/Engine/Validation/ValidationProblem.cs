using System.Globalization;
using Orchestrator.Workflows.Engine.Parsing;

namespace Orchestrator.Workflows.Engine.Validation;

/// <summary>
/// One problem in a definition: the element it concerns and a sentence a process owner can act on. A rule's
/// problem also carries a <see cref="Code"/> ("node.unreachable") and the values its sentence names
/// (<see cref="Arguments"/>, in the sentence's order), so a tool can say the same in the reader's language.
/// </summary>
public sealed record ValidationProblem(string? ElementId, string Message, DiagnosticSeverity Severity)
{
    /// <summary>Stable name of the kind of problem; null for the parser's own diagnostics.</summary>
    public string? Code { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public static ValidationProblem Error(string? elementId, string message) => new(elementId, message, DiagnosticSeverity.Error);

    public static ValidationProblem Warning(string? elementId, string message) => new(elementId, message, DiagnosticSeverity.Warning);

    public static ValidationProblem Error(string? elementId, string code, FormattableString message) => Of(elementId, code, message, DiagnosticSeverity.Error);

    public static ValidationProblem Warning(string? elementId, string code, FormattableString message) => Of(elementId, code, message, DiagnosticSeverity.Warning);

    private static ValidationProblem Of(string? elementId, string code, FormattableString message, DiagnosticSeverity severity) =>
        new(elementId, message.ToString(CultureInfo.InvariantCulture), severity)
        {
            Code = code,
            Arguments = [.. message.GetArguments().Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")],
        };
}
