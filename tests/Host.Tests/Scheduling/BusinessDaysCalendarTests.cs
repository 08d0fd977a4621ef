using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Scheduling.Recurring;
using Orchestrator.Host.Tests.Infrastructure;
using Quartz;

namespace Orchestrator.Host.Tests.Scheduling;

/// <summary>The digest's real trigger and calendar, read back from the Host's running Quartz scheduler.</summary>
public sealed class BusinessDaysCalendarTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task The_digest_skips_national_day_and_runs_on_the_make_up_saturday()
    {
        var fires = await DigestFiresAsync(new DateOnly(2026, 9, 24), new DateOnly(2026, 10, 13));

        Assert.Equal(
        [
            new DateOnly(2026, 9, 24), new DateOnly(2026, 9, 28), new DateOnly(2026, 9, 29), new DateOnly(2026, 9, 30),
            new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 13),
        ], fires);
    }

    [Fact]
    public async Task The_digest_runs_on_the_make_up_sunday_before_mid_autumn()
    {
        var fires = await DigestFiresAsync(new DateOnly(2026, 9, 19), new DateOnly(2026, 9, 21));
        Assert.Equal([new DateOnly(2026, 9, 20), new DateOnly(2026, 9, 21)], fires);
    }

    [Fact]
    public async Task The_digest_is_at_half_past_eight_china_time()
    {
        var (cron, calendar) = await DigestScheduleAsync();
        var next = cron.GetNextValidTimeAfter(ChinaTime.At(new DateOnly(2026, 9, 29), new TimeOnly(9, 0)))!.Value;
        Assert.True(calendar.IsTimeIncluded(next));
        Assert.Equal(new TimeOnly(8, 30), ChinaTime.TimeOf(next));
        Assert.Equal(new DateOnly(2026, 9, 30), ChinaTime.DateOf(next));
    }

    private async Task<List<DateOnly>> DigestFiresAsync(DateOnly from, DateOnly until)
    {
        var (cron, calendar) = await DigestScheduleAsync();
        var fires = new List<DateOnly>();
        var after = ChinaTime.At(from, TimeOnly.MinValue);
        while (cron.GetNextValidTimeAfter(after) is { } next && ChinaTime.DateOf(next) <= until)
        {
            if (calendar.IsTimeIncluded(next)) fires.Add(ChinaTime.DateOf(next));
            after = next;
        }
        return fires;
    }

    /// <summary>The running trigger's cron expression and calendar: Quartz fires where both agree.</summary>
    private async Task<(CronExpression Cron, ICalendar Calendar)> DigestScheduleAsync()
    {
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey(nameof(UnitDigestJob) + ".trigger"));
        Assert.NotNull(trigger);
        Assert.Equal(BusinessDaysCalendarFactory.Name, trigger!.CalendarName);
        var calendar = await scheduler.GetCalendar(BusinessDaysCalendarFactory.Name);
        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        return (new CronExpression(cron.CronExpressionString!, cron.TimeZone), calendar!);
    }
}
