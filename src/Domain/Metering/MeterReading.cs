using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Metering;

/// <summary>
/// One reading of one meter and the volume since the one before. Take it with <see cref="MeterReadings.Take"/>,
/// which checks it against the meter's history and moves the meter's last reading.
/// </summary>
public sealed class MeterReading
{
    private MeterReading()
    {
        Period = "";
        EnteredBy = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid MeteringPointId { get; private set; }
    public Guid? BookId { get; private set; }

    /// <summary>The reading period (yyyy-MM) the reading belongs to.</summary>
    public string Period { get; private set; }

    public DateOnly ReadOn { get; private set; }
    public ReadingKind Kind { get; private set; }
    public ReadingSource Source { get; private set; }
    public decimal ValueM3 { get; private set; }

    /// <summary>The meter's reading before this one, and when it was taken.</summary>
    public decimal PreviousM3 { get; private set; }

    public DateOnly? PreviousReadOn { get; private set; }

    /// <summary>m³ used since the previous reading; below zero when a real reading corrects a too-high estimate.</summary>
    public decimal VolumeM3 { get; private set; }

    /// <summary>What the next reading is measured from: the value read, or the new meter's start on a meter change.</summary>
    public decimal BaselineAfterM3 { get; private set; }

    /// <summary>估抄: not read but estimated; the next real reading corrects it.</summary>
    public bool IsEstimated { get; private set; }

    /// <summary>The dial went past its highest value to zero since the previous reading.</summary>
    public bool Rollover { get; private set; }

    /// <summary>Whether the volume is billed (a restoration's first reading only sets where billing starts).</summary>
    public bool Billable { get; private set; }

    public ReadingReview Review { get; private set; }
    /// <summary>Why the reading went to the review list (kept when it is decided).</summary>
    public string? ReviewReason { get; private set; }

    public string? ReviewedBy { get; private set; }

    /// <summary>Why the business office refused the reading, who did and when; null unless <see cref="ReadingReview.Rejected"/>.</summary>
    public string? RejectionReason { get; private set; }

    public string? RejectedBy { get; private set; }
    public DateTimeOffset? RejectedAt { get; private set; }
    public string EnteredBy { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>The bill run that billed the volume; null while unbilled (or after that run was reversed).</summary>
    public Guid? BillRunId { get; private set; }

    /// <summary>The bill issued straight from this reading (a suspension's final bill).</summary>
    public Guid? BillId { get; private set; }

    public bool IsBilled => BillRunId is not null || BillId is not null;

    /// <summary>Waiting to be billed: billable, not on the review list, not billed yet.</summary>
    public bool IsDueForBilling => Billable && !IsBilled && Review != ReadingReview.Pending;

    internal static MeterReading Create(
        MeteringPoint meter, Guid? bookId, ReadingInput input, decimal volume, decimal baselineAfter, string enteredBy, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = meter.CompanyId,
        AccountId = meter.AccountId,
        MeteringPointId = meter.Id,
        BookId = bookId,
        Period = (input.Period is null ? ReadingPeriod.Of(input.ReadOn) : ReadingPeriod.Parse(input.Period)).ToString(),
        ReadOn = input.ReadOn,
        Kind = Require.Defined(input.Kind, "reading kind"),
        Source = Require.Defined(input.Source, "reading source"),
        ValueM3 = input.ValueM3,
        PreviousM3 = meter.LastReadingM3 ?? 0,
        PreviousReadOn = meter.LastReadOn,
        VolumeM3 = volume,
        BaselineAfterM3 = baselineAfter,
        IsEstimated = input.Estimated,
        Rollover = input.RolloverAtM3 is not null,
        Billable = input.Kind != ReadingKind.Restoration,
        EnteredBy = Require.Text(enteredBy, "entered by", 64),
        EnteredAt = at,
    };

    internal void SendToReview(string reason)
    {
        Review = ReadingReview.Pending;
        ReviewReason = reason;
    }

    /// <summary>The business office looked at a reading on the review list and accepts it as read.</summary>
    public void Accept(string reviewedBy)
    {
        if (Review != ReadingReview.Pending)
            throw new InvalidTransitionException($"The reading of {ReadOn:yyyy-MM-dd}", Review.ToString(), "accepted")
            { TextKey = "reading.reviewed", Arguments = [ReadOn, Review] };
        Review = ReadingReview.Accepted;
        ReviewedBy = Require.Text(reviewedBy, "reviewed by", 64);
    }

    /// <summary>
    /// The business office refuses a reading on the review list, with a reason: it is never billed, and the
    /// meter's last reading goes back to the one before, so the next (or a corrected) reading is measured from
    /// there. Only the meter's latest reading can be refused; the reason is kept beside the one it was listed for.
    /// </summary>
    public void Reject(MeteringPoint meter, string reviewedBy, string reason, DateTimeOffset at)
    {
        if (Review != ReadingReview.Pending)
            throw new InvalidTransitionException($"The reading of {ReadOn:yyyy-MM-dd}", Review.ToString(), "rejected")
            { TextKey = "reading.reviewed", Arguments = [ReadOn, Review] };
        if (meter.Id != MeteringPointId)
            throw new DomainException("reading.foreign-meter", $"Meter {meter.MeterNumber} did not take the reading of {ReadOn:yyyy-MM-dd}.")
            { Arguments = [meter.MeterNumber, ReadOn] };
        if (meter.LastReadOn != ReadOn)
            throw new DomainException("reading.not-latest",
                $"Meter {meter.MeterNumber} was read again on {meter.LastReadOn:yyyy-MM-dd}; only its latest reading can be rejected or corrected.")
            { Arguments = [meter.MeterNumber, meter.LastReadOn] };
        var why = Require.Text(reason, "reason", 120);
        ReviewedBy = Require.Text(reviewedBy, "reviewed by", 64);
        Review = ReadingReview.Rejected;
        Billable = false;
        RejectionReason = why;
        RejectedBy = ReviewedBy;
        RejectedAt = at;
        meter.MoveLastReading(PreviousM3, PreviousReadOn);
    }

    public void BilledIn(Guid runId) => BillRunId = Require.Id(runId, "bill run");

    public void BilledBy(Guid billId) => BillId = Require.Id(billId, "bill");

    /// <summary>The bill run was reversed: the volume waits for the next run again.</summary>
    public void Unbill() => BillRunId = null;
}
