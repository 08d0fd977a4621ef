using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Metering;

public class MeterReadingsTests
{
    private readonly Account account = Account();
    private readonly MeteringPoint meter;
    private readonly List<MeterReading> history = [];

    public MeterReadingsTests() =>
        meter = MeteringPoint.Install(Company, account.Id, "M-1", 15, MeterKind.Mechanical, MeterRole.Household, "addr", 100m, Day("2026-01-01"));

    private MeterReading Read(decimal value, string day, ReadingKind kind = ReadingKind.Regular, bool estimated = false,
        decimal? rolloverAt = null, decimal? newStart = null)
    {
        var reading = MeterReadings.Take(account, meter, history,
            new ReadingInput(value, Day(day), kind, Estimated: estimated, RolloverAtM3: rolloverAt, NewMeterStartM3: newStart),
            ReadingSettings.Default, "reader1", China(day + "T10:00"));
        history.Add(reading);
        return reading;
    }

    [Fact]
    public void A_reading_gives_the_volume_since_the_last_and_moves_the_meter()
    {
        var reading = Read(120m, "2026-03-05");

        Assert.Equal((100m, 20m, "2026-03"), (reading.PreviousM3, reading.VolumeM3, reading.Period));
        Assert.Equal((120m, Day("2026-03-05")), (meter.LastReadingM3!.Value, meter.LastReadOn!.Value));
        Assert.True(reading.IsDueForBilling);
    }

    [Fact]
    public void A_reading_below_the_last_is_refused_and_changes_nothing()
    {
        Read(120m, "2026-03-05");

        var error = Assert.Throws<InvalidValueException>(() => Read(110m, "2026-05-05"));

        Assert.Contains("lower", error.Message);
        Assert.Equal(120m, meter.LastReadingM3);
        Assert.Single(history);
    }

    [Fact]
    public void A_reading_on_or_before_the_last_reading_day_is_refused()
    {
        Read(120m, "2026-03-05");
        Assert.Throws<InvalidValueException>(() => Read(130m, "2026-03-05"));
    }

    [Fact]
    public void A_rollover_counts_past_the_dial_top_through_zero()
    {
        var first = MeterReadings.Take(account, meter, history, new ReadingInput(9990m, Day("2026-03-05")), ReadingSettings.Default, "r", China("2026-03-05T10:00"));
        history.Add(first);

        // 9990 → 9999 is 9 m³, 9999 → 0 is 1 m³, then 12 m³: 22
        var reading = Read(12m, "2026-05-05", rolloverAt: 9999m);

        Assert.Equal(22m, reading.VolumeM3);
        Assert.True(reading.Rollover);
    }

    [Fact]
    public void A_meter_change_bills_the_old_meter_and_measures_on_from_the_new_meters_start()
    {
        var change = Read(130m, "2026-03-05", ReadingKind.MeterChange, newStart: 0m);
        var next = Read(18m, "2026-05-05");

        Assert.Equal((30m, 0m), (change.VolumeM3, change.BaselineAfterM3));
        Assert.Equal(18m, next.VolumeM3);
    }

    [Fact]
    public void An_estimate_is_marked_and_the_next_real_reading_corrects_it()
    {
        Read(120m, "2026-03-05");
        var estimate = Read(140m, "2026-05-05", estimated: true);
        var real = Read(135m, "2026-07-05");

        Assert.True(estimate.IsEstimated);
        Assert.Equal(20m, estimate.VolumeM3);
        Assert.Equal(-5m, real.VolumeM3); // 20 billed on the estimate, 15 really used
    }

    [Fact]
    public void A_real_reading_below_the_last_real_one_is_refused_even_after_an_estimate()
    {
        Read(120m, "2026-03-05");
        Read(140m, "2026-05-05", estimated: true);

        Assert.Throws<InvalidValueException>(() => Read(119m, "2026-07-05"));
    }

    [Fact]
    public void A_volume_above_three_times_the_usual_goes_to_the_review_list()
    {
        Read(110m, "2026-03-05");
        Read(122m, "2026-05-05");
        Read(130m, "2026-07-05"); // 10, 12 and 8 m³: 10 on average

        var high = Read(161m, "2026-09-05");
        var fine = Read(189m, "2026-11-05"); // 28 ≤ 3 × (31 + 8 + 12) / 3

        Assert.Equal(ReadingReview.Pending, high.Review);
        Assert.Contains("31", high.ReviewReason);
        Assert.False(high.IsDueForBilling);
        Assert.Equal(ReadingReview.None, fine.Review);
    }

    [Fact]
    public void Nothing_used_by_an_occupied_account_goes_to_the_review_list_and_can_be_accepted()
    {
        var zero = Read(100m, "2026-03-05");

        Assert.Equal(ReadingReview.Pending, zero.Review);
        zero.Accept("office1");
        Assert.True(zero.IsDueForBilling);
        Assert.Throws<InvalidTransitionException>(() => zero.Accept("office1"));
    }

    [Fact]
    public void A_restorations_first_reading_is_not_billed()
    {
        var reading = Read(104m, "2026-03-05", ReadingKind.Restoration);

        Assert.False(reading.Billable);
        Assert.False(reading.IsDueForBilling);
        Assert.Equal(ReadingReview.None, reading.Review);
    }

    [Fact]
    public void A_suspended_meter_cannot_be_read()
    {
        meter.Suspend();
        Assert.Throws<InvalidTransitionException>(() => Read(120m, "2026-03-05"));
    }

    [Fact]
    public void A_new_meter_start_is_given_only_with_a_meter_change()
    {
        Assert.Throws<InvalidValueException>(() => Read(120m, "2026-03-05", newStart: 0m));
        Assert.Throws<InvalidValueException>(() => Read(120m, "2026-03-05", ReadingKind.MeterChange));
    }
}
