using Orchestrator.Domain.Calendar;

namespace Orchestrator.Domain.Tests.Calendar;

public sealed class ChinaTimeTextTests
{
    [Fact]
    public void A_moment_late_in_the_evening_utc_is_written_as_the_next_morning_in_china()
    {
        var moment = new DateTimeOffset(2026, 9, 13, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("2026-09-14 07:30", ChinaTimeText.Minute(moment));
        Assert.Equal("2026-09-14", ChinaTimeText.Day(moment));
    }

    [Fact]
    public void A_moment_with_any_offset_is_written_the_same()
    {
        var utc = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(ChinaTimeText.Minute(utc), ChinaTimeText.Minute(utc.ToOffset(TimeSpan.FromHours(-5))));
        Assert.Equal("2026-01-01 08:00", ChinaTimeText.Minute(utc));
    }

    [Fact]
    public void Dates_are_formatted_and_missing_values_are_empty()
    {
        Assert.Equal("2026-10-01", ChinaTimeText.Day(new DateOnly(2026, 10, 1)));
        Assert.Equal("", ChinaTimeText.Minute((DateTimeOffset?)null));
        Assert.Equal("", ChinaTimeText.Day((DateOnly?)null));
    }
}
