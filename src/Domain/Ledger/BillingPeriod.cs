namespace Orchestrator.Domain.Ledger;

internal static class BillingPeriod
{
    public static bool IsPeriod(string period) => DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", out _);

    public static string Check(string? period)
    {
        var text = period?.Trim() ?? "";
        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", out _)
            ? text
            : throw new InvalidValueException("billing period", $"'{period}' is not a billing period; write it as year-month, e.g. 2026-10.");
    }
}
