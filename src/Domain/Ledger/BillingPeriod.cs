namespace Orchestrator.Domain.Ledger;

internal static class BillingPeriod
{
    public static bool IsPeriod(string period) => DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", out _);

    public static string Check(string? period)
    {
        var text = period?.Trim() ?? "";
        // A special reading's bill (a suspension's final bill) is keyed by its day: yyyy-MM-dd.
        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", out _) || DateOnly.TryParseExact(text, "yyyy-MM-dd", out _)
            ? text
            : throw new InvalidValueException("billing period", $"'{period}' is not a billing period; write it as year-month, e.g. 2026-10.") { TextKey = "period.format", Arguments = [period] };
    }
}
