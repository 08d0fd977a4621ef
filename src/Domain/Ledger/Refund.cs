namespace Orchestrator.Domain.Ledger;

/// <summary>退款: money paid back to the customer out of the account's credit or a deposit due for refund.</summary>
public sealed class Refund
{
    private Refund()
    {
        Reason = "";
        PaidBy = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid AccountId { get; private set; }
    public RefundKind Kind { get; private set; }
    public Guid? DepositId { get; private set; }
    public decimal Amount { get; private set; }
    public PaymentChannel Channel { get; private set; }
    public string Reason { get; private set; }
    public string PaidBy { get; private set; }
    public DateTimeOffset RefundedAt { get; private set; }

    internal static Refund Record(
        Guid companyId, Guid accountId, RefundKind kind, Guid? depositId, decimal amount, PaymentChannel channel,
        string reason, string paidBy, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = companyId,
        AccountId = accountId,
        Kind = kind,
        DepositId = depositId,
        Amount = Money.Positive(amount, "refund amount"),
        Channel = Require.Defined(channel, "refund channel"),
        Reason = Require.Text(reason, "refund reason", 300),
        PaidBy = Require.Text(paidBy, "paid by", 64),
        RefundedAt = at,
    };
}
