namespace Orchestrator.Domain;

/// <summary>
/// A word a refusal names (a field such as "refund amount", an action such as "void a receipt"): the Host
/// shows it in the user's language through <c>Term_{Name}</c> (spaces as dashes), or as written when untranslated.
/// </summary>
public sealed record Term(string Name)
{
    public override string ToString() => Name;
}
