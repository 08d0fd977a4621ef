namespace Orchestrator.Domain.Calendar;

/// <summary>
/// One year's statutory days off and the weekend days worked in exchange (调休), as published
/// by the State Council. National data, so it carries no CompanyId.
/// </summary>
public sealed class HolidayTable
{
    private List<DateOnly> daysOff = [];
    private List<DateOnly> makeUpWorkingDays = [];

    private HolidayTable() => Source = "";

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public IReadOnlyList<DateOnly> DaysOff => daysOff;
    public IReadOnlyList<DateOnly> MakeUpWorkingDays => makeUpWorkingDays;
    public string Source { get; private set; }

    public static HolidayTable Create(
        int year, IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> makeUpWorkingDays, string source)
    {
        var off = daysOff.Distinct().Order().ToList();
        var makeUp = makeUpWorkingDays.Distinct().Order().ToList();
        RequireInYear(year, off.Concat(makeUp));
        RequireWeekends(makeUp);
        foreach (var both in off.Intersect(makeUp))
            throw new InvalidValueException(
                "holiday table", $"{both:yyyy-MM-dd} is listed both as a day off and as a make-up working day.");
        return new HolidayTable
        {
            Id = Guid.NewGuid(),
            Year = year,
            daysOff = off,
            makeUpWorkingDays = makeUp,
            Source = Require.Text(source, "holiday table source", 500),
        };
    }

    private static void RequireInYear(int year, IEnumerable<DateOnly> dates)
    {
        foreach (var stray in dates.Where(d => d.Year != year))
            throw new InvalidValueException(
                "holiday table", $"{stray:yyyy-MM-dd} does not belong in the holiday table for {year}.");
    }

    private static void RequireWeekends(IEnumerable<DateOnly> makeUp)
    {
        foreach (var weekday in makeUp.Where(d => !IsWeekend(d)))
            throw new InvalidValueException(
                "holiday table",
                $"{weekday:yyyy-MM-dd} is a {weekday.DayOfWeek}; only a Saturday or Sunday can be a make-up working day.");
    }

    internal static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
