namespace Orchestrator.Domain.Customers;

/// <summary>
/// The Damm check digit (H. Michael Damm, 2004) over a weakly totally anti-symmetric quasigroup of
/// order 10. It catches every single-digit error and every swap of two adjacent digits.
/// </summary>
public static class DammCheckDigit
{
    // Row = interim digit, column = next input digit. Zero diagonal, so a valid number folds to 0.
    internal static readonly int[,] Table =
    {
        { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 },
        { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
        { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
        { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
        { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 },
        { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
        { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 },
        { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
        { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
        { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
    };

    /// <summary>The digit to append to <paramref name="digits"/> (which must be all 0–9).</summary>
    public static int Compute(string digits)
    {
        var interim = 0;
        foreach (var c in digits)
            interim = Table[interim, c - '0'];
        return interim;
    }

    /// <summary>True when <paramref name="digitsWithCheck"/> ends in its correct check digit.</summary>
    public static bool IsValid(string digitsWithCheck) => Compute(digitsWithCheck) == 0;
}
