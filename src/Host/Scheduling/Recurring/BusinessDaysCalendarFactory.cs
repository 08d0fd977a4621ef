using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Workflows;
using Quartz.Impl.Calendar;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>
/// The business calendar as a Quartz calendar: every day that is not a working day is excluded, for last
/// year, this year and next. A year with no holiday table is excluded entirely — recurring work waits
/// for the administrator to enter it (the November reminder asks) rather than guessing.
/// </summary>
public sealed class BusinessDaysCalendarFactory(HolidayCalendarCache cache, TimeProvider clock, ILogger<BusinessDaysCalendarFactory> logger)
{
    public const string Name = "business-days";

    public HolidayCalendar Create()
    {
        var calendar = new HolidayCalendar { TimeZone = ChinaTimeZone.Instance, Description = "Working days of the business calendar" };
        var business = cache.Calendar;
        var thisYear = ChinaTime.DateOf(clock.GetUtcNow()).Year;
        for (var year = thisYear - 1; year <= thisYear + 1; year++)
        {
            var published = business.IsPublished(year);
            if (!published) logger.LogWarning("No holiday table for {Year}: recurring jobs will not run in {Year} until one is entered", year, year);
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                if (!published || !business.IsWorkingDay(day)) calendar.AddExcludedDay(day);
            }
        }
        return calendar;
    }
}
