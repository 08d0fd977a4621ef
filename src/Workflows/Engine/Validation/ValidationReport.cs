using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation;

/// <summary>The verdict on a BPMN file: valid when it has no errors; warnings never block deployment.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationProblem> Errors, IReadOnlyList<ValidationProblem> Warnings)
{
    public bool Valid => Errors.Count == 0;

    /// <summary>The parsed file, when it could be read.</summary>
    public BpmnDefinitions? Definitions { get; init; }
}
