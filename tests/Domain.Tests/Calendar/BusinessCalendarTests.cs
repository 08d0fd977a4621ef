using Orchestrator.Domain.Calendar;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Calendar;

public class BusinessCalendarTests
{
    private readonly BusinessCalendar calendar = new(ChinaStatutoryHolidays.All);

    [Theory]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    public void Make_up_weekend_days_are_working_days(string day) => Assert.True(calendar.IsWorkingDay(Day(day)));

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-28")]
    [InlineData("2025-02-04")]
    [InlineData("2025-04-04")]
    [InlineData("2025-05-05")]
    [InlineData("2025-06-02")]
    [InlineData("2025-10-08")]
    [InlineData("2026-01-02")]
    [InlineData("2026-02-23")]
    [InlineData("2026-04-06")]
    [InlineData("2026-06-19")]
    [InlineData("2026-09-25")]
    [InlineData("2026-10-07")]
    public void Statutory_days_off_are_not_working_days(string day) => Assert.False(calendar.IsWorkingDay(Day(day)));

    [Theory]
    [InlineData("2026-03-07", false)]
    [InlineData("2026-03-08", false)]
    [InlineData("2026-03-09", true)]
    [InlineData("2025-12-31", true)]
    public void Ordinary_weekends_are_off_and_weekdays_work(string day, bool working) =>
        Assert.Equal(working, calendar.IsWorkingDay(Day(day)));

    [Fact]
    public void The_tables_hold_exactly_the_published_days()
    {
        var (y2025, y2026) = (ChinaStatutoryHolidays.Year2025, ChinaStatutoryHolidays.Year2026);

        Assert.Equal(28, y2025.DaysOff.Count);
        Assert.Equal(5, y2025.MakeUpWorkingDays.Count);
        Assert.Equal(33, y2026.DaysOff.Count);
        Assert.Equal(6, y2026.MakeUpWorkingDays.Count);
    }

    [Theory]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    [InlineData("2026-09-30", 4, "2026-10-12")]
    [InlineData("2026-09-30", 7, "2026-10-15")]
    [InlineData("2026-09-24", 1, "2026-09-28")]
    public void Adding_working_days_across_national_day_2026(string start, int days, string expected) =>
        Assert.Equal(Day(expected), calendar.AddWorkingDays(Day(start), days));

    [Theory]
    [InlineData("2026-02-12", 1, "2026-02-13")]
    [InlineData("2026-02-12", 2, "2026-02-14")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2026-02-13", 3, "2026-02-25")]
    [InlineData("2026-02-26", 2, "2026-02-28")]
    public void Adding_working_days_across_spring_festival_2026(string start, int days, string expected) =>
        Assert.Equal(Day(expected), calendar.AddWorkingDays(Day(start), days));

    [Fact]
    public void Adding_working_days_crosses_the_new_year()
    {
        Assert.Equal(Day("2026-01-04"), calendar.AddWorkingDays(Day("2025-12-31"), 1));
        Assert.Equal(Day("2026-01-05"), calendar.NextWorkingDay(Day("2026-01-04")));
    }

    [Fact]
    public void Adding_zero_working_days_keeps_the_start() =>
        Assert.Equal(Day("2026-10-03"), calendar.AddWorkingDays(Day("2026-10-03"), 0));

    [Fact]
    public void Working_days_between_counts_the_end_and_not_the_start()
    {
        Assert.Equal(7, calendar.WorkingDaysBetween(Day("2026-09-30"), Day("2026-10-15")));
        Assert.Equal(-7, calendar.WorkingDaysBetween(Day("2026-10-15"), Day("2026-09-30")));
        Assert.Equal(0, calendar.WorkingDaysBetween(Day("2026-10-01"), Day("2026-10-07")));
        Assert.Equal(0, calendar.WorkingDaysBetween(Day("2026-03-09"), Day("2026-03-09")));
    }

    [Fact]
    public void Working_days_between_undoes_adding_working_days()
    {
        var start = Day("2025-01-02");
        for (var n = 0; n <= 240; n += 7)
            Assert.Equal(n, calendar.WorkingDaysBetween(start, calendar.AddWorkingDays(start, n)));
    }

    [Theory]
    [InlineData("2026-03-10T16:59", true)]
    [InlineData("2026-03-10T17:00", true)]
    [InlineData("2026-03-10T17:01", false)]
    [InlineData("2026-03-10T07:00", true)]
    [InlineData("2026-10-02T10:00", false)]
    [InlineData("2026-10-10T10:00", true)]
    public void Cut_off_is_the_end_of_working_hours_on_a_working_day(string local, bool before) =>
        Assert.Equal(before, calendar.IsBeforeCutOff(China(local)));

    [Fact]
    public void Cut_off_reads_other_offsets_as_china_time()
    {
        Assert.True(calendar.IsBeforeCutOff(DateTimeOffset.Parse("2026-03-10T08:30:00Z")));
        Assert.False(calendar.IsBeforeCutOff(DateTimeOffset.Parse("2026-03-10T09:30:00Z")));
    }

    [Theory]
    [InlineData("2026-03-10T10:00", 7, "2026-03-19T17:00")]
    [InlineData("2026-03-10T18:00", 7, "2026-03-20T17:00")]
    [InlineData("2026-03-07T10:00", 7, "2026-03-18T17:00")]
    [InlineData("2026-09-30T10:00", 7, "2026-10-15T17:00")]
    [InlineData("2026-09-30T17:30", 1, "2026-10-09T17:00")]
    [InlineData("2026-03-10T10:00", 0, "2026-03-10T17:00")]
    public void Due_at_is_the_end_of_the_nth_working_day(string assigned, int days, string due)
    {
        var dueAt = calendar.DueAt(China(assigned), days);

        Assert.Equal(China(due), dueAt);
        Assert.Equal(TimeSpan.FromHours(8), dueAt.Offset);
    }

    [Fact]
    public void Working_hours_are_configurable()
    {
        var late = new BusinessCalendar(ChinaStatutoryHolidays.All, new WorkingHours(new(9, 0), new(18, 0)));

        Assert.True(late.IsBeforeCutOff(China("2026-03-10T17:30")));
        Assert.Equal(China("2026-03-11T18:00"), late.DueAt(China("2026-03-10T17:30"), 1));
    }

    [Fact]
    public void Working_hours_must_end_after_they_start() =>
        Assert.Throws<InvalidValueException>(() => new WorkingHours(new(17, 0), new(8, 30)));

    [Fact]
    public void A_year_without_a_table_is_counted_provisionally_on_weekends_only()
    {
        Assert.True(calendar.IsWorkingDay(Day("2027-01-01")));
        Assert.False(calendar.IsWorkingDay(Day("2027-01-02")));
        Assert.True(calendar.IsProvisional(Day("2026-12-30"), Day("2027-01-04")));
        Assert.True(calendar.IsProvisional(Day("2027-01-04"), Day("2026-12-30")));
        Assert.False(calendar.IsProvisional(Day("2026-12-01"), Day("2026-12-31")));
    }

    [Fact]
    public void Counting_into_an_unpublished_year_gives_a_provisional_answer_instead_of_failing()
    {
        // 2026-12-21 (Mon) + 9 working days: Dec 22–25, 28–31, then 2027-01-01 counted as a Friday like any other.
        Assert.Equal(Day("2027-01-01"), calendar.AddWorkingDays(Day("2026-12-21"), 9));
        Assert.Equal(7, calendar.WorkingDaysBetween(Day("2026-12-30"), Day("2027-01-10")));
        Assert.Equal(China("2025-01-02T17:00"), new BusinessCalendar([ChinaStatutoryHolidays.Year2025]).DueAt(China("2024-12-31T10:00"), 1));
    }

    [Fact]
    public void Published_years_are_listed() => Assert.Equal([2025, 2026], calendar.PublishedYears);

    [Fact]
    public void Two_tables_for_one_year_are_refused() =>
        Assert.Throws<InvalidValueException>(() =>
            new BusinessCalendar([ChinaStatutoryHolidays.Year2026, ChinaStatutoryHolidays.Year2026]));
}
