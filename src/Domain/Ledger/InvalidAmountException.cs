namespace Orchestrator.Domain.Ledger;

public sealed class InvalidAmountException(string field, decimal value, string rule)
    : DomainException("amount.invalid", $"The {field} {rule}; got {value} yuan.")
{
    public string Field { get; } = field;
    public decimal Value { get; } = value;
}
