namespace Orchestrator.Domain.Customers;

public sealed class InvalidAccountNumberException(string input, string reason)
    : DomainException(
        "account-number.invalid",
        $"'{input}' is not a valid account number: {reason}. Check the number on the customer's water bill.")
{
    public string Input { get; } = input;
    public string Reason { get; } = reason;
}
