using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Features.Setup;

/// <summary>The units every water company starts with (the seeds' swim lanes plus leadership and administration).</summary>
public static class StandardUnits
{
    public sealed record StandardUnit(string Code, string Name, UnitKind Kind);

    /// <summary>Where the first administrator sits.</summary>
    public const string AdministrationCode = "admin";

    public static readonly IReadOnlyList<StandardUnit> All =
    [
        new("service-center", "客户服务中心", UnitKind.ServiceCenter),
        new("bo-east", "城东营业所", UnitKind.BusinessOffice),
        new("bo-west", "城西营业所", UnitKind.BusinessOffice),
        new("design", "设计室", UnitKind.DesignOffice),
        new("build-1", "第一工程处", UnitKind.ConstructionUnit),
        new("leadership", "公司领导", UnitKind.Leadership),
        new(AdministrationCode, "综合管理部", UnitKind.Administration),
    ];
}
