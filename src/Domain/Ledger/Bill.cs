namespace Orchestrator.Domain.Ledger;

/// <summary>A water bill for one account and billing period. Issue it through <see cref="AccountLedger"/>.</summary>
public sealed partial class Bill
{
    private Bill() => Period = "";

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid AccountId { get; private set; }

    /// <summary>Billing period as yyyy-MM, e.g. "2026-10".</summary>
    public string Period { get; private set; }

    public decimal VolumeM3 { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateOnly DueDate { get; private set; }
    public decimal AmountPaid { get; private set; }
    public BillStatus Status { get; private set; }

    /// <summary>The day the bill became fully paid; later than <see cref="DueDate"/> means it was paid late.</summary>
    public DateOnly? SettledOn { get; private set; }

    public decimal Outstanding => Amount - AmountPaid;

    /// <summary>A service request's fee bill: its period is the request number, not a year-month.</summary>
    public bool IsFee => !BillingPeriod.IsPeriod(Period);

    internal static Bill Issue(
        Guid companyId, Guid accountId, string period, decimal volumeM3, decimal amount, DateOnly issuedOn, DateOnly dueDate)
    {
        if (dueDate < issuedOn)
            throw new InvalidValueException("due date", $"A bill cannot fall due ({dueDate:yyyy-MM-dd}) before it is issued ({issuedOn:yyyy-MM-dd}).")
            {
                Arguments = [dueDate, issuedOn],
            };
        var bill = new Bill
        {
            Id = Guid.NewGuid(),
            CompanyId = Require.Id(companyId, "company"),
            AccountId = Require.Id(accountId, "account"),
            Period = BillingPeriod.Check(period),
            VolumeM3 = Require.NonNegative(volumeM3, "billed volume"),
            Amount = Money.NonNegative(amount, "bill amount"),
            IssuedOn = issuedOn,
            DueDate = dueDate,
        };
        bill.Settle(0, issuedOn);
        return bill;
    }

    /// <summary>
    /// A fee bill (工程款, installation fee, prepaid deposit) of a service request: its period is the request
    /// number, so it never collides with a water bill and a request bills its fee once.
    /// </summary>
    internal static Bill IssueFee(Guid companyId, Guid accountId, string requestNumber, decimal amount, DateOnly issuedOn)
    {
        var bill = new Bill
        {
            Id = Guid.NewGuid(),
            CompanyId = Require.Id(companyId, "company"),
            AccountId = Require.Id(accountId, "account"),
            Period = Require.Text(requestNumber, "request number", 16),
            Amount = Money.Positive(amount, "fee amount"),
            IssuedOn = issuedOn,
            DueDate = issuedOn,
        };
        bill.Settle(0, issuedOn);
        return bill;
    }

    /// <summary>True when the bill was (or still is) unpaid after its due date (a waived bill never counts), as seen on <paramref name="asOf"/>.</summary>
    public bool WasOverdue(DateOnly asOf) =>
        !IsWaived && (SettledOn is { } settled ? settled > DueDate : DueDate < asOf);

    internal void Pay(decimal amount, DateOnly on)
    {
        if (amount > Outstanding)
            throw new InvalidAmountException("payment to bill " + Period, amount, $"cannot exceed the {Outstanding} yuan outstanding", "above-outstanding", Outstanding, Period);
        Settle(amount, on);
    }

    private void Settle(decimal amount, DateOnly on)
    {
        AmountPaid += amount;
        Status = Outstanding == 0 ? BillStatus.Paid : AmountPaid == 0 ? BillStatus.Unpaid : BillStatus.PartiallyPaid;
        if (Status == BillStatus.Paid) SettledOn ??= on;
    }
}
