using Orchestrator.Domain.Calendar;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Calendar;

public class HolidayTableTests
{
    [Fact]
    public void A_make_up_day_must_be_a_weekend()
    {
        var error = Assert.Throws<InvalidValueException>(() =>
            HolidayTable.Create(2027, [Day("2027-01-01")], [Day("2027-01-04")], "draft"));

        Assert.Contains("2027-01-04 is a Monday", error.Message);
    }

    [Fact]
    public void Every_date_must_belong_to_the_year() =>
        Assert.Throws<InvalidValueException>(() =>
            HolidayTable.Create(2027, [Day("2026-12-31")], [], "draft"));

    [Fact]
    public void A_day_cannot_be_both_off_and_worked() =>
        Assert.Throws<InvalidValueException>(() =>
            HolidayTable.Create(2027, [Day("2027-01-02")], [Day("2027-01-02")], "draft"));

    [Fact]
    public void An_administrator_can_enter_a_new_year()
    {
        var table = HolidayTable.Create(2027, [Day("2027-01-01"), Day("2027-01-01")], [], "国务院办公厅通知");
        var calendar = new BusinessCalendar([ChinaStatutoryHolidays.Year2026, table]);

        Assert.Single(table.DaysOff);
        Assert.False(calendar.IsWorkingDay(Day("2027-01-01")));
        Assert.Equal(Day("2027-01-04"), calendar.AddWorkingDays(Day("2026-12-31"), 1));
    }
}
