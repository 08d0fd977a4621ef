using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Workflows;

namespace Orchestrator.Host.Features.Calendar;

/// <summary>
/// The year whose holiday table an administrator should enter now: this year when it is missing, and from
/// 1 November next year (the State Council publishes it around then); null when nothing is missing.
/// </summary>
public sealed class HolidayTableReminder(HolidayCalendarCache calendars, TimeProvider clock)
{
    public int? MissingYear()
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var calendar = calendars.Calendar;
        if (!calendar.IsPublished(today.Year)) return today.Year;
        return today.Month >= 11 && !calendar.IsPublished(today.Year + 1) ? today.Year + 1 : null;
    }
}
