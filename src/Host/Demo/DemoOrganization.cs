using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Demo;

/// <summary>The demo group: two water companies, their units, and one user per role (README lists them).</summary>
internal static class DemoOrganization
{
    public sealed record UnitSpec(string Code, string Name, UnitKind Kind, params string[] Areas);

    public sealed record UserSpec(string UserName, string DisplayName, string UnitCode, params string[] Roles);

    public sealed record CompanySpec(string Code, string Name, int CustomerShare, UnitSpec[] Units, UserSpec[] Users);

    public const string GroupCode = "huashui";
    public const string GroupName = "华水水务集团";

    /// <summary>The districts (start of an account's address) each business office serves.</summary>
    public static readonly string[] EastAreas = ["城东区", "高新区"];

    public static readonly string[] WestAreas = ["城西区", "滨河区", "开发区"];

    private static readonly UnitSpec[] StandardUnits =
        [.. Features.Setup.StandardUnits.All.Select(u => new UnitSpec(u.Code, u.Name, u.Kind, u.Code switch
        {
            "bo-east" => EastAreas,
            "bo-west" => WestAreas,
            _ => [],
        }))];

    public static readonly CompanySpec[] Companies =
    [
        new("city", "市自来水公司", 10, StandardUnits,
        [
            new("clerk", "王丽（受理员）", "service-center", Roles.Clerk),
            new("duty", "陈刚（值班经理）", "service-center", Roles.DutyManager, Roles.Clerk),
            new("office", "李强（营业所）", "bo-east", Roles.BusinessOffice),
            new("officemgr", "赵敏（营业所经理）", "bo-east", Roles.BusinessOfficeManager, Roles.BusinessOffice),
            new("west", "钱进（城西营业所）", "bo-west", Roles.BusinessOffice),
            new("reader", "孔亮（抄表员）", "bo-east", Roles.MeterReader),
            new("design", "孙伟（设计室）", "design", Roles.DesignOffice),
            new("build", "周杰（施工单位）", "build-1", Roles.Construction),
            new("leader", "吴平（主管领导）", "leadership", Roles.Leader),
            new("vp", "郑华（分管副总经理）", "leadership", Roles.VicePresident, Roles.Leader),
            new("owner", "冯洁（流程管理员）", "admin", Roles.ProcessOwner),
            new("admin", "系统管理员", "admin", Roles.Administrator),
            new("integration", "热线系统（对接账号）", "admin", Roles.Integration),
            new("groupadmin", "集团系统管理员", "admin", Roles.GroupAdministrator),
        ]),
        new("dz", "开发区供水公司", 1, StandardUnits,
        [
            new("dz-clerk", "刘洋（开发区受理员）", "service-center", Roles.Clerk),
            new("dz-admin", "开发区系统管理员", "admin", Roles.Administrator),
            new("dz-integration", "开发区网上营业厅（对接账号）", "admin", Roles.Integration),
        ]),
    ];
}
