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

    /// <summary>The whole group's administrator: the only one who sees the job dashboard, which spans companies.</summary>
    public const string GroupAdministrator = "group-administrator";

    /// <summary>A system of the company (hotline, online hall) that publishes messages to its own requests.</summary>
    public const string Integration = "integration";
    public const string Customer = "customer";

    /// <summary>
    /// The roles that take money at the counter: the service hall (受理员, 值班经理) and the business offices'
    /// counters (营业所, 营业所经理), where customers pay fees, deposits and arrears.
    /// </summary>
    public static IReadOnlyList<string> Cashiers { get; } = [Clerk, DutyManager, BusinessOffice, BusinessOfficeManager];
}
