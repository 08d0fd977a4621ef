namespace Orchestrator.Host.Access;

public enum OutcomeKind
{
    Done,

    /// <summary>Not there for this caller: another company's, or not theirs to see. The API answers 404.</summary>
    NotFound,

    /// <summary>Visible to the caller but not theirs to do. The API answers 403.</summary>
    Forbidden,

    /// <summary>Someone else claimed, completed or cancelled it first. The API answers 409.</summary>
    Conflict,

    /// <summary>The input was wrong, field by field. The API answers 422 and nothing was changed.</summary>
    Invalid,
}

/// <summary>
/// What a command did, or why it refused: a sentence in the caller's language, and on <see cref="OutcomeKind.Invalid"/>
/// one problem per field. <see cref="Value"/> carries what a successful command returns (a new id, a result).
/// </summary>
public sealed record CommandOutcome(
    OutcomeKind Kind, string? Message = null, IReadOnlyDictionary<string, string>? Problems = null, object? Value = null)
{
    public static readonly CommandOutcome Done = new(OutcomeKind.Done);

    public bool Succeeded => Kind == OutcomeKind.Done;

    public static CommandOutcome With(object value) => new(OutcomeKind.Done, Value: value);

    public static CommandOutcome NotFound(string message) => new(OutcomeKind.NotFound, message);

    public static CommandOutcome Forbidden(string message) => new(OutcomeKind.Forbidden, message);

    public static CommandOutcome Conflict(string message) => new(OutcomeKind.Conflict, message);

    public static CommandOutcome Invalid(IReadOnlyDictionary<string, string> problems) =>
        new(OutcomeKind.Invalid, string.Join(" ", problems.Values), problems);

    public static CommandOutcome Invalid(string field, string problem) => Invalid(new Dictionary<string, string> { [field] = problem });
}
