using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Host.Workflows;

/// <summary>
/// The engine's working-day port on the utility's calendar: P7D on a working-day timer is due at the same
/// China time of day on the 7th working day; a year with no holiday table counts weekends only, provisionally.
/// </summary>
public sealed class BusinessWorkingCalendar(HolidayCalendarCache cache) : IWorkingCalendar
{
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var due = cache.Calendar.AddWorkingDays(ChinaTime.DateOf(from), days);
        return ChinaTime.At(due, ChinaTime.TimeOf(from));
    }
}
