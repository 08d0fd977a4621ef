namespace Orchestrator.Domain.Ledger;

/// <summary>
/// A receipt (收据/发票) for one payment, numbered by the company's <see cref="ReceiptRegister"/>. Printing,
/// reprinting and voiding are recorded with who and when; a voided receipt is never printed again.
/// </summary>
public sealed class Receipt
{
    private List<ReceiptPrint> prints = [];

    private Receipt()
    {
        Number = "";
        IssuedBy = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Number { get; private set; }
    public Guid PaymentId { get; private set; }
    public Guid AccountId { get; private set; }
    public decimal Amount { get; private set; }
    public PaymentChannel Channel { get; private set; }

    /// <summary>The cashier (or the channel, for callbacks) the receipt was issued by; close totals count per issuer.</summary>
    public string IssuedBy { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }
    public ReceiptStatus Status { get; private set; }
    public string? VoidedBy { get; private set; }
    public DateTimeOffset? VoidedAt { get; private set; }
    public string? VoidReason { get; private set; }
    public IReadOnlyList<ReceiptPrint> Prints => prints;

    internal static Receipt Create(ReceiptRegister register, string number, Payment payment, string issuedBy, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = register.CompanyId,
        Number = number,
        PaymentId = payment.Id,
        AccountId = payment.AccountId,
        Amount = payment.Amount,
        Channel = payment.Channel,
        IssuedBy = Require.Text(issuedBy, "issued by", 64),
        IssuedAt = at,
        Status = ReceiptStatus.Issued,
    };

    /// <summary>Records a printing; the second and later are reprints (补打).</summary>
    public void Print(string by, DateTimeOffset at)
    {
        if (Status == ReceiptStatus.Voided)
            throw new InvalidTransitionException($"Receipt {Number}", Status.ToString(), "printed") { TextKey = "receipt.voided", Arguments = [Number] };
        prints = [.. prints, new ReceiptPrint(Require.Text(by, "printed by", 64), at)];
    }

    public void Void(string by, string reason, DateTimeOffset at)
    {
        if (Status == ReceiptStatus.Voided)
            throw new InvalidTransitionException($"Receipt {Number}", Status.ToString(), "voided") { TextKey = "receipt.voided", Arguments = [Number] };
        Status = ReceiptStatus.Voided;
        VoidedBy = Require.Text(by, "voided by", 64);
        VoidReason = Require.Text(reason, "void reason", 300);
        VoidedAt = at;
    }
}
