namespace Orchestrator.Domain.Customers;

/// <summary>
/// The 18-character resident identity number (GB 11643): 17 digits (region, birth date yyyyMMdd,
/// sequence) and a check character by ISO 7064 MOD 11-2, where 10 is written X.
/// </summary>
public static class ResidentIdNumber
{
    public static string? Problem(string id) => Fault(id) switch
    {
        null => null,
        { Kind: IdNumberFaultKind.Length, Detail: var length } => $"a resident ID has 18 characters but this has {length}",
        { Kind: IdNumberFaultKind.Characters } => "a resident ID is 17 digits followed by a digit or X",
        { Kind: IdNumberFaultKind.BirthDate, Detail: var date } => $"'{date}' is not a birth date",
        { Detail: var check } => $"the last character should be {check}, so a character was probably mistyped",
    };

    /// <summary>The first thing wrong with the number (already trimmed and upper-cased), or null when it is valid.</summary>
    public static IdNumberFault? Fault(string id)
    {
        if (id.Length != 18)
            return new(IdNumberFaultKind.Length, id.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
            return new(IdNumberFaultKind.Characters, id);
        if (!DateOnly.TryParseExact(id[6..14], "yyyyMMdd", out _))
            return new(IdNumberFaultKind.BirthDate, id[6..14]);
        if (CheckCharacter(id[..17]) != id[17])
            return new(IdNumberFaultKind.CheckCharacter, CheckCharacter(id[..17]).ToString());
        return null;
    }

    public static char CheckCharacter(string first17Digits)
    {
        // MOD 11-2: weight of position i (from the left) is 2^(17-i) mod 11.
        var sum = 0;
        var weight = 1;
        for (var i = 16; i >= 0; i--)
        {
            weight = weight * 2 % 11;
            sum += (first17Digits[i] - '0') * weight;
        }
        var check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
