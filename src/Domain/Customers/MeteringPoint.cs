namespace Orchestrator.Domain.Customers;

/// <summary>A metering point (计量点): one meter of an account, with its last reading.</summary>
public sealed class MeteringPoint
{
    private MeteringPoint()
    {
        MeterNumber = "";
        Address = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid AccountId { get; private set; }
    public string MeterNumber { get; private set; }
    public int CaliberMm { get; private set; }
    public MeterKind Kind { get; private set; }
    public MeterRole Role { get; private set; }
    public string Address { get; private set; }
    public MeteringPointStatus Status { get; private set; }
    public decimal? LastReadingM3 { get; private set; }
    public DateOnly? LastReadOn { get; private set; }

    public static MeteringPoint Install(
        Guid companyId, Guid accountId, string meterNumber, int caliberMm,
        MeterKind kind, MeterRole role, string address, decimal initialReadingM3 = 0, DateOnly? installedOn = null)
    {
        if (caliberMm is < 8 or > 1000)
            throw new InvalidValueException("meter caliber", $"A meter caliber must be between 8 and 1000 mm; got {caliberMm} mm.")
            {
                Arguments = [caliberMm],
            };
        return new MeteringPoint
        {
            Id = Guid.NewGuid(),
            CompanyId = Require.Id(companyId, "company"),
            AccountId = Require.Id(accountId, "account"),
            MeterNumber = Require.Text(meterNumber, "meter number", 40),
            CaliberMm = caliberMm,
            Kind = Require.Defined(kind, "meter kind"),
            Role = Require.Defined(role, "meter role"),
            Address = Require.Text(address, "meter address", 300),
            Status = MeteringPointStatus.Active,
            LastReadingM3 = Require.NonNegative(initialReadingM3, "initial meter reading"),
            LastReadOn = installedOn,
        };
    }

    /// <summary>Records a reading and returns the volume used since the last one.</summary>
    public decimal RecordReading(decimal readingM3, DateOnly readOn)
    {
        if (Status != MeteringPointStatus.Active) throw Refused("read");
        if (readOn <= LastReadOn)
            throw new InvalidValueException("reading date", $"Meter {MeterNumber} was last read on {LastReadOn:yyyy-MM-dd}; a new reading must be later than that, not {readOn:yyyy-MM-dd}.")
            {
                TextKey = "reading.not-after-last", Arguments = [MeterNumber, LastReadOn, readOn],
            };
        var previous = LastReadingM3 ?? 0;
        if (readingM3 < previous)
            throw new InvalidValueException("meter reading", $"Meter {MeterNumber} read {previous} m³ last time; {readingM3} m³ is lower. Check the reading or record a meter replacement.")
            {
                TextKey = "reading.below-last", Arguments = [MeterNumber, previous, readingM3],
            };
        LastReadingM3 = readingM3;
        LastReadOn = readOn;
        return readingM3 - previous;
    }

    /// <summary>
    /// Moves the meter's last reading to <paramref name="baselineM3"/> read on <paramref name="readOn"/>; the
    /// reading rules (<see cref="Metering.MeterReading"/>) have checked it, including rollovers and meter changes.
    /// </summary>
    internal void MoveLastReading(decimal baselineM3, DateOnly? readOn)
    {
        LastReadingM3 = baselineM3;
        LastReadOn = readOn;
    }

    /// <summary>
    /// The first reading once supply is restored: like any reading never lower than the last, but it may be
    /// taken the same day as the final reading of the suspension (suspended in the morning, restored in the afternoon).
    /// </summary>
    public decimal RecordRestorationReading(decimal readingM3, DateOnly readOn)
    {
        if (readOn != LastReadOn) return RecordReading(readingM3, readOn);
        if (Status != MeteringPointStatus.Active) throw Refused("read");
        var previous = LastReadingM3 ?? 0;
        if (readingM3 < previous)
            throw new InvalidValueException("meter reading", $"Meter {MeterNumber} read {previous} m³ last time; {readingM3} m³ is lower. Check the reading or record a meter replacement.")
            {
                TextKey = "reading.below-last", Arguments = [MeterNumber, previous, readingM3],
            };
        LastReadingM3 = readingM3;
        return readingM3 - previous;
    }

    public void Suspend() => Move(MeteringPointStatus.Active, MeteringPointStatus.Suspended, "suspended");

    public void Restore() => Move(MeteringPointStatus.Suspended, MeteringPointStatus.Active, "restored");

    public void Remove()
    {
        if (Status == MeteringPointStatus.Removed) throw Refused("removed");
        Status = MeteringPointStatus.Removed;
    }

    private void Move(MeteringPointStatus from, MeteringPointStatus to, string action)
    {
        if (Status != from) throw Refused(action);
        Status = to;
    }

    private InvalidTransitionException Refused(string action) =>
        new($"Meter {MeterNumber}", Status.ToString(), action);
}
