namespace Orchestrator.Domain.Ledger;

public sealed class IdempotencyKeyConflictException : DomainException
{
    public IdempotencyKeyConflictException(PaymentChannel channel, string key, decimal firstAmount, decimal newAmount)
        : base(
            "payment.idempotency-conflict",
            $"{channel} payment '{key}' was already received for {firstAmount} yuan; a second notice says {newAmount} yuan. " +
            "Nothing was booked; ask the channel to confirm the amount.")
    {
        Channel = channel;
        IdempotencyKey = key;
        FirstAmount = firstAmount;
        TextKey = "payment.idempotency-amount";
        Arguments = [channel, key, firstAmount, newAmount];
    }

    public PaymentChannel Channel { get; }
    public string IdempotencyKey { get; }
    public decimal FirstAmount { get; }
}
