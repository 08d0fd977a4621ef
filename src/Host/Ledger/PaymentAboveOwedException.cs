using Orchestrator.Domain;

namespace Orchestrator.Host.Ledger;

/// <summary>A payment larger than what the account owes plus the credit ceiling: refused, nothing booked.</summary>
public sealed class PaymentAboveOwedException : DomainException
{
    public PaymentAboveOwedException(decimal amount, decimal owed, decimal ceiling)
        : base("payment.above-owed",
            $"The payment amount of {amount} yuan is more than the {owed:0.00} yuan owed plus {ceiling:0.00} yuan of credit ({owed + ceiling:0.00} yuan in all); nothing was booked.")
    {
        (Amount, Owed, Ceiling) = (amount, owed, ceiling);
        Arguments = [amount, owed, ceiling, owed + ceiling];
    }

    public decimal Amount { get; }
    public decimal Owed { get; }
    public decimal Ceiling { get; }
}
