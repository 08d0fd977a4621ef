using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class SlaClockTests
{
    // 2026: Oct 1–7 off, Sat Oct 10 a make-up working day.
    private static readonly BusinessCalendar Calendar = new([
        HolidayTable.Create(2026, Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)), [new DateOnly(2026, 10, 10)], "国办发明电〔2025〕7号"),
    ]);

    private static DateTimeOffset China(int month, int day, int hour = 10) => ChinaTime.At(new DateOnly(2026, month, day), new TimeOnly(hour, 0));

    [Fact]
    public void Days_left_skip_the_national_holiday_and_count_the_make_up_saturday()
    {
        var status = SlaClock.StatusOf(China(10, 12, 17), China(9, 30), Calendar);

        // Sep 30 → Oct 12: Oct 8, 9, 10 (make-up Saturday) and 12 are working days.
        Assert.Equal(new SlaStatus(SlaState.OnTrack, 4), status);
    }

    [Fact]
    public void Overdue_counts_working_days_past_the_deadline()
    {
        var status = SlaClock.StatusOf(China(9, 30, 17), China(10, 9), Calendar);

        Assert.Equal(new SlaStatus(SlaState.Overdue, 2), status);
        Assert.True(status.Urgency < new SlaStatus(SlaState.DueSoon, 0).Urgency);
    }

    [Fact]
    public void A_deadline_in_an_unpublished_year_says_so()
    {
        var status = SlaClock.StatusOf(ChinaTime.At(new DateOnly(2027, 1, 8), new TimeOnly(17, 0)), China(12, 28), Calendar);

        Assert.Equal(SlaState.CalendarMissing, status.State);
        Assert.Equal(2027, status.MissingYear);
    }
}
