namespace Orchestrator.Domain.Ledger;

/// <summary>Guards for yuan amounts: decimal, at most 2 decimals (fen). Each failure names the field.</summary>
public static class Money
{
    public static decimal Positive(decimal value, string field)
    {
        if (value <= 0) throw new InvalidAmountException(field, value, "must be more than zero", "not-positive");
        return Fen(value, field);
    }

    public static decimal NonNegative(decimal value, string field)
    {
        if (value < 0) throw new InvalidAmountException(field, value, "cannot be negative", "negative");
        return Fen(value, field);
    }

    private static decimal Fen(decimal value, string field) =>
        decimal.Round(value, 2) == value
            ? value
            : throw new InvalidAmountException(field, value, "may have at most 2 decimals (fen)", "fen");
}
