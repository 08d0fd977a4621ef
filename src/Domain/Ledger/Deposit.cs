namespace Orchestrator.Domain.Ledger;

/// <summary>A water deposit (水费押金) held for an account until its refund falls due.</summary>
public sealed class Deposit
{
    private Deposit() { }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid AccountId { get; private set; }
    public DepositKind Kind { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public DepositStatus Status { get; private set; }
    public DateOnly? RefundDueOn { get; private set; }
    public DateOnly? RefundedOn { get; private set; }

    public static Deposit Take(Guid companyId, Guid accountId, DepositKind kind, decimal amount, DateOnly heldOn) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        AccountId = Require.Id(accountId, "account"),
        Kind = Require.Defined(kind, "deposit kind"),
        Amount = Money.Positive(amount, "deposit amount"),
        HeldOn = heldOn,
        Status = DepositStatus.Held,
    };

    public void MarkRefundDue(DateOnly dueOn)
    {
        if (Status != DepositStatus.Held) throw Refused("marked refund due");
        if (dueOn < HeldOn)
            throw new InvalidValueException("refund date", $"A deposit taken on {HeldOn:yyyy-MM-dd} cannot be due back on {dueOn:yyyy-MM-dd}.")
            { TextKey = "deposit.due-before-held", Arguments = [HeldOn, dueOn] };
        Status = DepositStatus.RefundDue;
        RefundDueOn = dueOn;
    }

    public void MarkRefunded(DateOnly refundedOn)
    {
        if (Status != DepositStatus.RefundDue) throw Refused("refunded");
        Status = DepositStatus.Refunded;
        RefundedOn = refundedOn;
    }

    private InvalidTransitionException Refused(string action) =>
        new($"The {Amount} yuan deposit taken on {HeldOn:yyyy-MM-dd}", Status.ToString(), action)
        {
            TextKey = "deposit.status", Arguments = [Amount, HeldOn, Status, new Term(action)],
        };
}
