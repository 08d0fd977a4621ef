namespace Orchestrator.Domain.Customers;

public enum CustomerKind
{
    Person,
    Organisation,
}
