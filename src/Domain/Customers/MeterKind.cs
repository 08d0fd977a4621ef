namespace Orchestrator.Domain.Customers;

public enum MeterKind
{
    Mechanical,
    Remote,
    IcCard,
    Prepaid,
}
