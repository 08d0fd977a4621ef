using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Timers;

/// <summary>
/// Turns a timer into due dates. With working days, the day count of a duration is counted on the
/// calendar (P7D = same time on the 7th working day) and any time part is then added as wall-clock time.
/// </summary>
public sealed class TimerDueCalculator(IWorkingCalendar calendar)
{
    /// <summary>The first due date of a timer started at <paramref name="now"/>.</summary>
    public DateTimeOffset FirstDue(TimerSchedule schedule, bool workingDays, DateTimeOffset now) => schedule switch
    {
        { Kind: TimerKind.Date, Start: { } date } => date,
        { Kind: TimerKind.Cycle, Start: { } start } => start > now ? start : Add(schedule.Interval!, workingDays, now),
        _ => Add(schedule.Interval!, workingDays, now),
    };

    /// <summary>The next due date of a cycle that just fired at <paramref name="previousDue"/>.</summary>
    public DateTimeOffset NextDue(TimerSchedule schedule, bool workingDays, DateTimeOffset previousDue) =>
        Add(schedule.Interval!, workingDays, previousDue);

    public DateTimeOffset Add(IsoDuration duration, bool workingDays, DateTimeOffset from)
    {
        if (!workingDays)
            return duration.AddTo(from);
        if (duration.HasCalendarParts)
            throw new FormatException("A working-day timer counts days only (for example P7D), not years, months or weeks.");
        return calendar.AddWorkingDays(from, duration.Days).Add(duration.Time);
    }
}
