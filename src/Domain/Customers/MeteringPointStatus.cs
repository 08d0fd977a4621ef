namespace Orchestrator.Domain.Customers;

public enum MeteringPointStatus
{
    Active,
    Suspended,
    Removed,
}
