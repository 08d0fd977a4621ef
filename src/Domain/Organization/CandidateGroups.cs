namespace Orchestrator.Domain.Organization;

public static class CandidateGroups
{
    public const string ServiceCenter = "service-center";
    public const string DutyManager = "duty-manager";
    public const string BusinessOffice = "business-office";
    public const string BusinessOfficeManager = "business-office-manager";
    public const string DesignOffice = "design-office";
    public const string Construction = "construction";
    public const string Leader = "leader";
    public const string VicePresident = "vice-president";

    public static IReadOnlyList<CandidateGroup> All { get; } =
    [
        new(ServiceCenter, UnitKind.ServiceCenter, Roles.Clerk),
        new(DutyManager, UnitKind.ServiceCenter, Roles.DutyManager),
        new(BusinessOffice, UnitKind.BusinessOffice, Roles.BusinessOffice),
        new(BusinessOfficeManager, UnitKind.BusinessOffice, Roles.BusinessOfficeManager),
        new(DesignOffice, UnitKind.DesignOffice, Roles.DesignOffice),
        new(Construction, UnitKind.ConstructionUnit, Roles.Construction),
        new(Leader, UnitKind.Leadership, Roles.Leader),
        new(VicePresident, UnitKind.Leadership, Roles.VicePresident),
    ];

    public static bool IsKnown(string code) => Find(code) is not null;

    public static CandidateGroup? Find(string code) => All.FirstOrDefault(g => g.Code == code);
}
