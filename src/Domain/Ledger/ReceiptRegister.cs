namespace Orchestrator.Domain.Ledger;

/// <summary>
/// 票据登记簿: a company's receipt/invoice numbers, handed out one after another with no gaps; a voided
/// receipt keeps its number. Its row's version token makes two cashiers never get the same number.
/// </summary>
public sealed class ReceiptRegister
{
    private ReceiptRegister() => Prefix = "";

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Prefix { get; private set; }
    public long LastSerial { get; private set; }

    public static ReceiptRegister Open(Guid companyId, string prefix) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        Prefix = Require.Text(prefix, "receipt prefix", 12).ToUpperInvariant(),
    };

    /// <summary>Issues the next receipt for a payment.</summary>
    public Receipt Issue(Payment payment, string issuedBy, DateTimeOffset at)
    {
        if (payment.CompanyId != CompanyId)
            throw new DomainException("receipt.foreign-payment", "A payment of another company cannot take a receipt of this register.") { Arguments = [Prefix] };
        LastSerial++;
        return Receipt.Create(this, $"{Prefix}{LastSerial:D10}", payment, issuedBy, at);
    }
}
