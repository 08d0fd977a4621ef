namespace Orchestrator.Domain.Customers;

public sealed class InvalidIdNumberException(string input, string reason)
    : DomainException("id-number.invalid", $"'{input}' is not a valid ID number: {reason}.")
{
    public string Input { get; } = input;
}
