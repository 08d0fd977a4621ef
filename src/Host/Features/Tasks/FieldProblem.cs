namespace Orchestrator.Host.Features.Tasks;

/// <summary>Why a form field's value was refused; pages and the API turn it into a sentence in the user's language.</summary>
public enum FieldProblem
{
    Required,
    Negative,
    MoreThanTwoDecimals,
    NotAChoice,

    /// <summary>A variable the step's form does not ask for: refused, never stored.</summary>
    Unknown,
    NotANumber,

    /// <summary>A money field whose text is not an amount (see <see cref="Orchestrator.Domain.Ledger.AmountText"/>).</summary>
    NotAnAmount,
    NotADate,
    NotText,
    NotABoolean,
    InTheFuture,
    InThePast,
    OutOfRange,
    NotPositive,
    TooLarge,
    BelowLastReading,
    NotInCatalogue,
}
