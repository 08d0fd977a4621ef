namespace Orchestrator.Domain.Organization;

/// <summary>Role codes as stored on users and checked by the Host. Display names are in <see cref="RoleCatalog"/>.</summary>
public static class Roles
{
    public const string Clerk = "clerk";
    public const string DutyManager = "duty-manager";
    public const string BusinessOffice = "business-office";
    public const string BusinessOfficeManager = "business-office-manager";
    public const string MeterReader = "meter-reader";
    public const string DesignOffice = "design-office";
    public const string Construction = "construction";
    public const string Leader = "leader";
    public const string VicePresident = "vice-president";
    public const string ProcessOwner = "process-owner";
    public const string Administrator = "administrator";
    public const string Customer = "customer";
}
