using System.Globalization;

namespace Orchestrator.Host.Features.Admin;

/// <summary>
/// Reads the dates an administrator types for a holiday table: separated by commas, spaces or lines, and
/// "2026-02-15~2026-02-23" for a run of days. Writes them back the same way.
/// </summary>
public static class HolidayDates
{
    public static (IReadOnlyList<DateOnly> Dates, IReadOnlyList<string> Unreadable) Parse(string? text)
    {
        var dates = new List<DateOnly>();
        var unreadable = new List<string>();
        foreach (var part in (text ?? "").Split([',', '，', '、', ' ', '\n', '\r', '\t', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('~', 2);
            if (!TryDate(ends[0], out var from) || !TryDate(ends.Length == 2 ? ends[1] : ends[0], out var to) || to < from)
            {
                unreadable.Add(part);
                continue;
            }
            for (var day = from; day <= to; day = day.AddDays(1)) dates.Add(day);
        }
        return (dates, unreadable);
    }

    public static string Format(IEnumerable<DateOnly> dates)
    {
        var runs = new List<(DateOnly From, DateOnly To)>();
        foreach (var day in dates.Order())
        {
            if (runs.Count > 0 && runs[^1].To.AddDays(1) == day) runs[^1] = (runs[^1].From, day);
            else runs.Add((day, day));
        }
        return string.Join(", ", runs.Select(r => r.From == r.To ? $"{r.From:yyyy-MM-dd}" : $"{r.From:yyyy-MM-dd}~{r.To:yyyy-MM-dd}"));
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
