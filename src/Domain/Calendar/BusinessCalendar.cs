namespace Orchestrator.Domain.Calendar;

/// <summary>
/// Working days under China's statutory holidays and make-up days (调休). A year without a published
/// table is counted provisionally, weekends only, so the counter never stops at New Year; whatever is
/// counted through such a year is marked provisional (<see cref="IsProvisional"/>) until an administrator
/// enters the table and the open deadlines are counted again.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly Dictionary<int, HolidayTable> tables;

    public BusinessCalendar(IEnumerable<HolidayTable> tables, WorkingHours? hours = null)
    {
        this.tables = [];
        foreach (var table in tables)
            if (!this.tables.TryAdd(table.Year, table))
                throw new InvalidValueException(
                    "holiday table", $"There are two holiday tables for {table.Year}; keep only one.");
        Hours = hours ?? WorkingHours.Default;
    }

    public WorkingHours Hours { get; }

    public IEnumerable<int> PublishedYears => tables.Keys.Order();

    public bool IsPublished(int year) => tables.ContainsKey(year);

    /// <summary>True when a count between the two dates passes through a year without a published table.</summary>
    public bool IsProvisional(DateOnly from, DateOnly to)
    {
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        for (var year = first; year <= last; year++)
            if (!IsPublished(year)) return true;
        return false;
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (!tables.TryGetValue(date.Year, out var table)) return !HolidayTable.IsWeekend(date);
        if (table.MakeUpWorkingDays.Contains(date)) return true;
        if (table.DaysOff.Contains(date)) return false;
        return !HolidayTable.IsWeekend(date);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var day = date.AddDays(1);
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; start itself is not counted.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays; counted++)
            day = NextWorkingDay(day);
        return day;
    }

    /// <summary>Working days in (a, b]; negative when b is before a. Inverse of <see cref="AddWorkingDays"/>.</summary>
    public int WorkingDaysBetween(DateOnly a, DateOnly b)
    {
        if (b < a) return -WorkingDaysBetween(b, a);
        var count = 0;
        for (var day = a.AddDays(1); day <= b; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>True on a working day at or before the end of working hours (e.g. "hand over by 17:00").</summary>
    public bool IsBeforeCutOff(DateTimeOffset moment) =>
        IsWorkingDay(ChinaTime.DateOf(moment)) && ChinaTime.TimeOf(moment) <= Hours.End;

    /// <summary>
    /// End of working hours on the n-th working day after assignment. Work assigned after the cut-off,
    /// or on a day off, counts as assigned on the next working day.
    /// </summary>
    public DateTimeOffset DueAt(DateTimeOffset assignedAt, int workingDays)
    {
        var assignedOn = ChinaTime.DateOf(assignedAt);
        var countFrom = IsBeforeCutOff(assignedAt) ? assignedOn : NextWorkingDay(assignedOn);
        return ChinaTime.At(AddWorkingDays(countFrom, workingDays), Hours.End);
    }
}
