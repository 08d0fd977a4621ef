using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Designer.Api;

/// <summary>A validation report for the API and the diagram's markers.</summary>
public sealed record ValidationView(bool Valid, IReadOnlyList<ProblemView> Problems)
{
    public static ValidationView Of(ValidationReport report) => new(report.Valid,
        [.. report.Errors.Concat(report.Warnings).Select(p => new ProblemView(p.ElementId, p.Message, p.Severity.ToString()))]);
}

public sealed record ProblemView(string? ElementId, string Message, string Severity);
