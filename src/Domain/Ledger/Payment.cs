using Orchestrator.Domain.Calendar;

namespace Orchestrator.Domain.Ledger;

/// <summary>
/// Money received for an account through one channel. (Channel, IdempotencyKey) is unique: a bank or
/// WeChat callback that arrives twice must never pay twice. Apply it with <see cref="AccountLedger.ApplyPayment"/>.
/// </summary>
public sealed class Payment
{
    private List<BillAllocation> allocations = [];

    private Payment() => IdempotencyKey = "";

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid AccountId { get; private set; }
    public PaymentChannel Channel { get; private set; }
    public string IdempotencyKey { get; private set; }
    public decimal Amount { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public IReadOnlyList<BillAllocation> Allocations => allocations;

    /// <summary>The part of the payment left over after all open bills, carried to the next bill.</summary>
    public decimal CreditedAmount { get; private set; }

    public static Payment Receive(
        Guid companyId, Guid accountId, PaymentChannel channel, string idempotencyKey, decimal amount, DateTimeOffset receivedAt) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        AccountId = Require.Id(accountId, "account"),
        Channel = Require.Defined(channel, "payment channel"),
        IdempotencyKey = Require.Text(idempotencyKey, "idempotency key", 100),
        Amount = Money.Positive(amount, "payment amount"),
        ReceivedAt = receivedAt,
    };

    public DateOnly ReceivedOn => ChinaTime.DateOf(ReceivedAt);

    public PaymentResult Result => new(Id, AccountId, Channel, IdempotencyKey, Amount, [.. allocations], CreditedAmount);

    internal void Allocate(Bill bill, decimal amount)
    {
        bill.Pay(amount, ReceivedOn);
        allocations.Add(new BillAllocation(bill.Id, bill.Period, amount));
    }

    internal void Credit(decimal amount) => CreditedAmount += amount;
}
