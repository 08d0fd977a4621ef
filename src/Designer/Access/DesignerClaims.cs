namespace Orchestrator.Designer.Access;

/// <summary>The Host's claim carrying the user's company (a test keeps it equal to the Host's constant).</summary>
public static class DesignerClaims
{
    public const string Company = "orchestrator:company";
}
