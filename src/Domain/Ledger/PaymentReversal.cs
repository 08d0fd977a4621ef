namespace Orchestrator.Domain.Ledger;

/// <summary>
/// 红冲: a payment taken back in full — what it paid on bills is owed again and what it put to credit is
/// taken off the credit. It carries the reason, who asked and who approved (never the same person).
/// Make it with <see cref="AccountLedger.ReversePayment"/>.
/// </summary>
public sealed class PaymentReversal
{
    private List<BillAllocation> allocations = [];

    private PaymentReversal()
    {
        Reason = "";
        RequestedBy = "";
        ApprovedBy = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid PaymentId { get; private set; }
    public PaymentChannel Channel { get; private set; }
    public decimal Amount { get; private set; }
    public decimal CreditTakenBack { get; private set; }
    public string Reason { get; private set; }
    public string RequestedBy { get; private set; }
    public string ApprovedBy { get; private set; }
    public DateTimeOffset ReversedAt { get; private set; }

    /// <summary>What was taken back from each bill the payment had paid.</summary>
    public IReadOnlyList<BillAllocation> Allocations => allocations;

    internal static PaymentReversal Of(Payment payment, string reason, string requestedBy, string approvedBy, DateTimeOffset at)
    {
        var requester = Require.Text(requestedBy, "requested by", 64);
        var approver = Require.Text(approvedBy, "approver", 64);
        if (string.Equals(requester, approver, StringComparison.OrdinalIgnoreCase))
            throw new InvalidValueException("approver", $"{requester} asked for the reversal, so another person must approve it.")
            { TextKey = "reversal.own-request", Arguments = [requester] };
        return new PaymentReversal
        {
            Id = Guid.NewGuid(),
            CompanyId = payment.CompanyId,
            AccountId = payment.AccountId,
            PaymentId = payment.Id,
            Channel = payment.Channel,
            Amount = payment.Amount,
            CreditTakenBack = payment.CreditedAmount,
            Reason = Require.Text(reason, "reversal reason", 300),
            RequestedBy = requester,
            ApprovedBy = approver,
            ReversedAt = at,
            allocations = [.. payment.Allocations],
        };
    }
}
