namespace Orchestrator.Domain.Organization;

public static class RoleCatalog
{
    public static IReadOnlyList<RoleInfo> All { get; } =
    [
        new(Roles.Clerk, "客服中心受理员", "Service-center clerk"),
        new(Roles.DutyManager, "客服中心值班经理", "Service-center duty manager"),
        new(Roles.BusinessOffice, "营业所", "Business office"),
        new(Roles.BusinessOfficeManager, "营业所经理", "Business-office manager"),
        new(Roles.MeterReader, "抄表员", "Meter reader"),
        new(Roles.DesignOffice, "设计室", "Design office"),
        new(Roles.Construction, "施工单位", "Construction unit"),
        new(Roles.Leader, "主管领导", "Leader in charge"),
        new(Roles.VicePresident, "分管副总经理", "Vice-president in charge"),
        new(Roles.ProcessOwner, "流程管理员", "Process owner"),
        new(Roles.Administrator, "系统管理员", "Administrator"),
        new(Roles.GroupAdministrator, "集团系统管理员", "Group administrator"),
        new(Roles.Integration, "系统对接", "Integration"),
        new(Roles.Customer, "客户", "Customer"),
    ];

    public static RoleInfo? Find(string code) => All.FirstOrDefault(r => r.Code == code);

    public static string DisplayName(string code, string culture) =>
        Find(code)?.DisplayName(culture) ?? code;
}
