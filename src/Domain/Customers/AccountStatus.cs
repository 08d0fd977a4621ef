namespace Orchestrator.Domain.Customers;

public enum AccountStatus
{
    Active,
    Suspended,
    Closed,
}
