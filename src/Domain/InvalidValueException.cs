namespace Orchestrator.Domain;

public sealed class InvalidValueException(string field, string message)
    : DomainException(field.Replace(' ', '-') + ".invalid", message)
{
    public string Field { get; } = field;
}
