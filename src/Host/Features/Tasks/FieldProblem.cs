namespace Orchestrator.Host.Features.Tasks;

/// <summary>Why a form field's value was refused; the page turns it into a sentence in the user's language.</summary>
public enum FieldProblem
{
    Required,
    Negative,
    MoreThanTwoDecimals,
    NotAChoice,
}
