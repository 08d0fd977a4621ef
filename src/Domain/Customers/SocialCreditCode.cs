namespace Orchestrator.Domain.Customers;

/// <summary>The 18-character unified social credit code of an organisation (GB 32100).</summary>
public static class SocialCreditCode
{
    // The standard leaves out I, O, S, V and Z so they cannot be confused with digits.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static string? Problem(string code) => Fault(code) switch
    {
        null => null,
        { Kind: IdNumberFaultKind.Length, Detail: var length } => $"a unified social credit code has 18 characters but this has {length}",
        { Detail: var wrong } => $"'{wrong}' cannot appear in a unified social credit code (digits and capitals except I, O, S, V, Z)",
    };

    /// <summary>The first thing wrong with the code (already trimmed and upper-cased), or null when it is valid.</summary>
    public static IdNumberFault? Fault(string code)
    {
        if (code.Length != 18)
            return new(IdNumberFaultKind.Length, code.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var wrong in code.Where(c => !Alphabet.Contains(c)))
            return new(IdNumberFaultKind.Characters, wrong.ToString());
        return null;
    }
}
