namespace Orchestrator.Domain.Metering;

/// <summary>A reading or billing period written as year-month ("2026-09"), and its first and last day.</summary>
public readonly record struct ReadingPeriod(int Year, int Month)
{
    public static ReadingPeriod Parse(string? text) =>
        DateOnly.TryParseExact((text?.Trim() ?? "") + "-01", "yyyy-MM-dd", out var first)
            ? new ReadingPeriod(first.Year, first.Month)
            : throw new InvalidValueException("period", $"'{text}' is not a period; write it as year-month, e.g. 2026-09.")
            { TextKey = "period.format", Arguments = [text] };

    public static ReadingPeriod Of(DateOnly day) => new(day.Year, day.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>Months from <paramref name="earlier"/> to this period (0 for the same period).</summary>
    public int MonthsSince(ReadingPeriod earlier) => (Year - earlier.Year) * 12 + Month - earlier.Month;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
