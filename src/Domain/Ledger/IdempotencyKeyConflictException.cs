namespace Orchestrator.Domain.Ledger;

public sealed class IdempotencyKeyConflictException(PaymentChannel channel, string key, decimal firstAmount, decimal newAmount)
    : DomainException(
        "payment.idempotency-conflict",
        $"{channel} payment '{key}' was already received for {firstAmount} yuan; a second notice says {newAmount} yuan. " +
        "Nothing was booked; ask the channel to confirm the amount.")
{
    public PaymentChannel Channel { get; } = channel;
    public string IdempotencyKey { get; } = key;
    public decimal FirstAmount { get; } = firstAmount;
}
