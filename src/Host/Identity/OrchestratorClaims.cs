namespace Orchestrator.Host.Identity;

public static class OrchestratorClaims
{
    public const string CompanyId = "orchestrator:company";
    public const string UnitId = "orchestrator:unit";
    public const string DisplayName = "orchestrator:name";
}
