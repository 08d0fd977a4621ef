namespace Orchestrator.Workflows.Engine.Timers;

/// <summary>A fallback calendar with Monday to Friday as working days and no holidays.</summary>
public sealed class WeekdaysOnlyCalendar : IWorkingCalendar
{
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                days--;
        }
        return date;
    }
}
