namespace Orchestrator.Domain.Ledger;

/// <summary>An amount of money breaks a rule; <see cref="DomainException.TextKey"/> names the rule for translation.</summary>
public sealed class InvalidAmountException : DomainException
{
    public InvalidAmountException(string field, decimal value, string rule, string ruleKey, params object?[] limits)
        : base("amount.invalid", $"The {field} {rule}; got {value} yuan.")
    {
        Field = field;
        Value = value;
        TextKey = "amount." + ruleKey;
        Arguments = [new Term(field), value, .. limits];
    }

    public string Field { get; }
    public decimal Value { get; }
}
