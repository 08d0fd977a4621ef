using System.Globalization;
using Microsoft.Extensions.Localization;
using Orchestrator.Designer.Resources;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Designer.Api;

/// <summary>
/// A validation report for the API and the diagram's markers, each problem in the reader's language: a problem with
/// a code reads from the resource "Validation_{code}" filled with the problem's values; one without (the parser's
/// own diagnostics) keeps the engine's sentence. <see cref="ProblemView.Code"/> stays for tools.
/// </summary>
public sealed record ValidationView(bool Valid, IReadOnlyList<ProblemView> Problems)
{
    public static ValidationView Of(ValidationReport report, IStringLocalizer<DesignerResource> text) => new(report.Valid,
        [.. report.Errors.Concat(report.Warnings).Select(p => new ProblemView(p.ElementId, Message(p, text), p.Severity.ToString(), p.Code))]);

    private static string Message(ValidationProblem problem, IStringLocalizer<DesignerResource> text) =>
        problem.Code is { } code && text[$"Validation_{code}"] is { ResourceNotFound: false } sentence
            ? string.Format(CultureInfo.CurrentCulture, sentence.Value, [.. problem.Arguments])
            : problem.Message;
}

public sealed record ProblemView(string? ElementId, string Message, string Severity, string? Code = null);
