using System.Globalization;

namespace Orchestrator.Domain.Calendar;

/// <summary>
/// The one way a page writes a moment or a date: in China time (UTC+8, whatever the server's time zone),
/// as 2026-09-14 10:30 or 2026-09-14. Moments are stored in UTC; calendar dates (due dates, reading dates)
/// are already China's dates and are only formatted. A missing value is written as nothing.
/// </summary>
public static class ChinaTimeText
{
    private const string MinuteFormat = "yyyy-MM-dd HH:mm";
    private const string DayFormat = "yyyy-MM-dd";

    public static string Minute(DateTimeOffset moment) => ChinaTime.ToLocal(moment).ToString(MinuteFormat, CultureInfo.InvariantCulture);

    public static string Minute(DateTimeOffset? moment) => moment is { } value ? Minute(value) : "";

    public static string Day(DateTimeOffset moment) => ChinaTime.DateOf(moment).ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset? moment) => moment is { } value ? Day(value) : "";

    public static string Day(DateOnly date) => date.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string Day(DateOnly? date) => date is { } value ? Day(value) : "";
}
