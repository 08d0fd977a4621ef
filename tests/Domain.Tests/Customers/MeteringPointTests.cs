using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Tests.Customers;

public class MeteringPointTests
{
    private static MeteringPoint Meter() => MeteringPoint.Install(
        TestData.Company, Guid.NewGuid(), "M-2026-0001", 20, MeterKind.Remote, MeterRole.Household,
        "建设路 1 号 3 单元 201", 100m, TestData.Day("2026-01-05"));

    [Fact]
    public void A_reading_returns_the_volume_since_the_last_one()
    {
        var meter = Meter();

        Assert.Equal(18.5m, meter.RecordReading(118.5m, TestData.Day("2026-03-05")));
        Assert.Equal(118.5m, meter.LastReadingM3);
        Assert.Equal(TestData.Day("2026-03-05"), meter.LastReadOn);
    }

    [Fact]
    public void A_lower_or_earlier_reading_is_refused()
    {
        var meter = Meter();

        Assert.Throws<InvalidValueException>(() => meter.RecordReading(99m, TestData.Day("2026-03-05")));
        Assert.Throws<InvalidValueException>(() => meter.RecordReading(120m, TestData.Day("2026-01-05")));
    }

    [Fact]
    public void A_suspended_meter_is_not_read_and_a_removed_one_stays_removed()
    {
        var meter = Meter();
        meter.Suspend();

        Assert.Throws<InvalidTransitionException>(() => meter.RecordReading(120m, TestData.Day("2026-03-05")));
        meter.Restore();
        meter.Remove();
        Assert.Equal(MeteringPointStatus.Removed, meter.Status);
        Assert.Throws<InvalidTransitionException>(meter.Restore);
    }

    [Fact]
    public void An_impossible_caliber_is_refused() =>
        Assert.Throws<InvalidValueException>(() => MeteringPoint.Install(
            TestData.Company, Guid.NewGuid(), "M1", 0, MeterKind.Mechanical, MeterRole.Master, "泵房"));
}
