using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Metering;

/// <summary>
/// The rules a reading must pass: later than the last one, not below it unless the dial rolled over, a
/// meter was changed, or the last one was an estimate that this real reading corrects; and the checks that
/// put it on the review list (far above the usual volume, or nothing used by an occupied account).
/// </summary>
public static class MeterReadings
{
    /// <param name="history">The meter's earlier readings, any order.</param>
    public static MeterReading Take(
        Account account, MeteringPoint meter, IEnumerable<MeterReading> history, ReadingInput input,
        ReadingSettings settings, string enteredBy, DateTimeOffset at, Guid? bookId = null)
    {
        if (meter.AccountId != account.Id)
            throw new DomainException("reading.foreign-meter", $"Meter {meter.MeterNumber} is not on account {account.Number}.")
            { TextKey = "reading.meter-not-on-account", Arguments = [meter.MeterNumber, account.Number] };
        if (meter.Status != MeteringPointStatus.Active)
            throw new InvalidTransitionException($"Meter {meter.MeterNumber}", meter.Status.ToString(), "read")
            { TextKey = "reading.meter-not-active", Arguments = [meter.MeterNumber, meter.Status] };
        if (input.ValueM3 < 0 || decimal.Round(input.ValueM3, 3) != input.ValueM3)
            throw new InvalidValueException("meter reading", $"A meter reading is at least 0 with at most 3 decimals; got {input.ValueM3}.")
            { TextKey = "reading.value", Arguments = [input.ValueM3] };
        // A restoration may be read the same day as the suspension's final reading (suspended in the morning, restored in the afternoon).
        if (input.ReadOn < meter.LastReadOn || (input.ReadOn == meter.LastReadOn && input.Kind != ReadingKind.Restoration))
            throw new InvalidValueException("reading date",
                $"Meter {meter.MeterNumber} was last read on {meter.LastReadOn:yyyy-MM-dd}; a new reading must be later than that, not {input.ReadOn:yyyy-MM-dd}.")
                { TextKey = "reading.not-after-last", Arguments = [meter.MeterNumber, meter.LastReadOn, input.ReadOn] };

        var readings = history.Where(r => r.MeteringPointId == meter.Id && r.Review != ReadingReview.Rejected).OrderByDescending(r => r.ReadOn).ToList();
        var volume = Volume(meter, readings, input);
        var baselineAfter = BaselineAfter(meter, input);
        var reading = MeterReading.Create(meter, bookId, input, volume, baselineAfter, enteredBy, at);
        if (ReviewReason(account, readings, reading, settings) is { } reason) reading.SendToReview(reason);
        meter.MoveLastReading(baselineAfter, input.ReadOn);
        return reading;
    }

    /// <summary>
    /// 更正: refuses a reading on the review list (<see cref="MeterReading.Reject"/>) and takes the corrected value
    /// in its place, same day, kind and period, through every check of <see cref="Take"/> again, so a corrected
    /// reading still far above the usual goes back on the list.
    /// </summary>
    public static MeterReading Correct(
        Account account, MeteringPoint meter, IEnumerable<MeterReading> history, MeterReading wrong, decimal correctedM3,
        string reason, ReadingSettings settings, string reviewedBy, DateTimeOffset at)
    {
        wrong.Reject(meter, reviewedBy, reason, at);
        var input = new ReadingInput(correctedM3, wrong.ReadOn, wrong.Kind, ReadingSource.Hand, wrong.Period, wrong.IsEstimated);
        return Take(account, meter, history.Where(r => r.Id != wrong.Id), input, settings, reviewedBy, at, wrong.BookId);
    }

    private static decimal Volume(MeteringPoint meter, List<MeterReading> newestFirst, ReadingInput input)
    {
        var previous = meter.LastReadingM3 ?? 0;
        if (input.RolloverAtM3 is { } top)
        {
            if (top < previous || input.ValueM3 >= previous)
                throw new InvalidValueException("meter reading",
                    $"A rollover means the dial passed {top} m³ and started again: the last reading {previous} m³ must be at most {top} and the new one below it; got {input.ValueM3} m³.")
                    { TextKey = "reading.rollover", Arguments = [top, previous, input.ValueM3] };
            return top - previous + 1 + input.ValueM3;
        }
        if (input.ValueM3 >= previous) return input.ValueM3 - previous;
        var lastWasEstimate = newestFirst.FirstOrDefault() is { IsEstimated: true };
        var lastReal = newestFirst.FirstOrDefault(r => !r.IsEstimated)?.BaselineAfterM3 ?? 0;
        if (lastWasEstimate && input.ValueM3 >= lastReal && !input.Estimated)
            return input.ValueM3 - previous; // the estimate was too high: the real reading takes the excess back
        throw new InvalidValueException("meter reading",
            $"Meter {meter.MeterNumber} read {previous} m³ last time; {input.ValueM3} m³ is lower. Check the reading, or record a meter change or a rollover.")
            { TextKey = "reading.below-last", Arguments = [meter.MeterNumber, previous, input.ValueM3] };
    }

    private static decimal BaselineAfter(MeteringPoint meter, ReadingInput input)
    {
        if (input.Kind != ReadingKind.MeterChange)
            return input.NewMeterStartM3 is null
                ? input.ValueM3
                : throw new InvalidValueException("new meter start", "A new meter's start reading is given only with a meter change.") { TextKey = "reading.start-without-change" };
        return input.NewMeterStartM3 is { } start && start >= 0
            ? start
            : throw new InvalidValueException("new meter start",
                $"A meter change on {meter.MeterNumber} needs the new meter's start reading (0 or more).")
                { TextKey = "reading.change-needs-start", Arguments = [meter.MeterNumber] };
    }

    private static string? ReviewReason(Account account, List<MeterReading> newestFirst, MeterReading reading, ReadingSettings settings)
    {
        if (reading.IsEstimated || reading.Kind is not (ReadingKind.Regular or ReadingKind.Extra)) return null;
        if (reading.VolumeM3 == 0 && account.Status == AccountStatus.Active && reading.Kind == ReadingKind.Regular)
            return "用量为零，但该户在用水。Nothing was used, but the account is occupied.";
        var usual = newestFirst.Where(r => r.Kind == ReadingKind.Regular && !r.IsEstimated && r.VolumeM3 > 0)
            .Take(settings.AverageOverReadings).Select(r => r.VolumeM3).ToList();
        if (usual.Count == 0) return null;
        var average = usual.Average();
        return reading.VolumeM3 > settings.ReviewFactor * average
            ? $"用量 {reading.VolumeM3:0.###} 立方米，超过近 {usual.Count} 次平均 {average:0.###} 立方米的 {settings.ReviewFactor:0.##} 倍。" +
              $"{reading.VolumeM3:0.###} m³ is more than {settings.ReviewFactor:0.##}× the average {average:0.###} m³ of the last {usual.Count} readings."
            : null;
    }
}
