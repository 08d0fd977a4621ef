namespace Orchestrator.Domain.Billing;

/// <summary>
/// 开账: one book's bills for one period, computed by the business office. One run per book and period is
/// live at a time, so running a period again changes nothing; before it is released the whole run can be
/// reversed, after which the period can be run again.
/// </summary>
public sealed class BillRun
{
    private BillRun()
    {
        Period = "";
        CalculatedBy = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid BookId { get; private set; }
    public string Period { get; private set; }
    public BillRunStatus Status { get; private set; }
    public string CalculatedBy { get; private set; }
    public DateTimeOffset CalculatedAt { get; private set; }
    public string? ReleasedBy { get; private set; }
    public DateTimeOffset? ReleasedAt { get; private set; }
    public string? ReversedBy { get; private set; }
    public DateTimeOffset? ReversedAt { get; private set; }
    public string? ReversalReason { get; private set; }

    public int BilledAccounts { get; private set; }
    public int NoReadingAccounts { get; private set; }
    public int HeldForReviewAccounts { get; private set; }
    public int NotSuppliedAccounts { get; private set; }
    public int AlreadyBilledAccounts { get; private set; }
    public decimal VolumeM3 { get; private set; }
    public decimal Amount { get; private set; }
    public decimal ReliefAmount { get; private set; }

    public static BillRun Start(Guid companyId, Guid bookId, Metering.ReadingPeriod period, string calculatedBy, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        BookId = Require.Id(bookId, "reading book"),
        Period = period.ToString(),
        Status = BillRunStatus.Calculated,
        CalculatedBy = Require.Text(calculatedBy, "calculated by", 64),
        CalculatedAt = at,
    };

    /// <summary>Counts an account the run looked at; a billed one adds its item's figures.</summary>
    public void Count(BillRunOutcome outcome, BillRunItem? item = null)
    {
        switch (outcome)
        {
            case BillRunOutcome.Billed when item is not null:
                BilledAccounts++;
                VolumeM3 += item.VolumeM3;
                Amount += item.Amount;
                ReliefAmount += item.ReliefAmount;
                break;
            case BillRunOutcome.Billed: throw new ArgumentNullException(nameof(item), "A billed account comes with its bill.");
            case BillRunOutcome.NoReading: NoReadingAccounts++; break;
            case BillRunOutcome.HeldForReview: HeldForReviewAccounts++; break;
            case BillRunOutcome.NotSupplied: NotSuppliedAccounts++; break;
            case BillRunOutcome.AlreadyBilled: AlreadyBilledAccounts++; break;
        }
    }

    public void Release(string releasedBy, DateTimeOffset at)
    {
        Expect(BillRunStatus.Calculated, "released");
        Status = BillRunStatus.Released;
        ReleasedBy = Require.Text(releasedBy, "released by", 64);
        ReleasedAt = at;
    }

    public void Reverse(string reversedBy, string reason, DateTimeOffset at)
    {
        Expect(BillRunStatus.Calculated, "reversed");
        Status = BillRunStatus.Reversed;
        ReversedBy = Require.Text(reversedBy, "reversed by", 64);
        ReversalReason = Require.Text(reason, "reversal reason", 300);
        ReversedAt = at;
    }

    private void Expect(BillRunStatus status, string action)
    {
        if (Status != status)
            throw new InvalidTransitionException($"The bill run of {Period}", Status.ToString(), action)
            {
                TextKey = "bill-run.status", Arguments = [Period, Status, new Term(action)],
            };
    }
}
