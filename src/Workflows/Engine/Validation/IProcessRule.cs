namespace Orchestrator.Workflows.Engine.Validation;

/// <summary>One validation rule for executable processes.</summary>
public interface IProcessRule
{
    IEnumerable<ValidationProblem> Check(ValidationContext context);
}
