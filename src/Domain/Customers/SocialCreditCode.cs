namespace Orchestrator.Domain.Customers;

/// <summary>The 18-character unified social credit code of an organisation (GB 32100).</summary>
public static class SocialCreditCode
{
    // The standard leaves out I, O, S, V and Z so they cannot be confused with digits.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static string? Problem(string code)
    {
        if (code.Length != 18)
            return $"a unified social credit code has 18 characters but this has {code.Length}";
        foreach (var wrong in code.Where(c => !Alphabet.Contains(c)))
            return $"'{wrong}' cannot appear in a unified social credit code (digits and capitals except I, O, S, V, Z)";
        return null;
    }
}
