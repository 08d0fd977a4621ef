namespace Orchestrator.Domain;

/// <summary>
/// Several fields were wrong at once: one sentence per field, keyed by the field to correct, so a page can
/// mark each and the API answers 422 with one problem per field. Nothing was written.
/// </summary>
public sealed class InvalidFieldsException(IReadOnlyDictionary<string, string> problems)
    : DomainException("fields.invalid", string.Join(" ", problems.Values))
{
    public IReadOnlyDictionary<string, string> Problems { get; } = problems;
}
