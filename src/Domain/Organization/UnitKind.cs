namespace Orchestrator.Domain.Organization;

public enum UnitKind
{
    ServiceCenter,
    BusinessOffice,
    DesignOffice,
    ConstructionUnit,
    Leadership,
    Administration,
}
