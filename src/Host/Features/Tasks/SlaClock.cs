using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Workflows;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>Counts a deadline in working days under the business calendar (weekends, holidays, make-up days).</summary>
public sealed class SlaClock(HolidayCalendarCache calendars, TimeProvider clock)
{
    /// <summary>Two working days or fewer left is "due soon".</summary>
    public const int DueSoonDays = 2;

    public SlaStatus StatusOf(DateTimeOffset? dueAt) => StatusOf(dueAt, clock.GetUtcNow(), calendars.Calendar);

    public static SlaStatus StatusOf(DateTimeOffset? dueAt, DateTimeOffset now, BusinessCalendar calendar)
    {
        if (dueAt is not { } due) return SlaStatus.None;
        var today = ChinaTime.DateOf(now);
        var dueOn = ChinaTime.DateOf(due);
        try
        {
            if (due < now) return new SlaStatus(SlaState.Overdue, calendar.WorkingDaysBetween(dueOn, today));
            var left = calendar.WorkingDaysBetween(today, dueOn);
            return new SlaStatus(left <= DueSoonDays ? SlaState.DueSoon : SlaState.OnTrack, left);
        }
        catch (CalendarYearNotPublishedException e)
        {
            return new SlaStatus(SlaState.CalendarMissing, MissingYear: e.Year);
        }
    }
}
