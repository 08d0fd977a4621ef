namespace Orchestrator.Domain.Tariffs;

public static class DemoTariffs
{
    /// <summary>
    /// Beijing residential prices per household per year. These are all-in prices (water, water-resource
    /// fee and sewage treatment), 1 : 1.4 : 1.8 — below the national 1 : 1.5 : 3, so the local approval is cited.
    /// </summary>
    public static TieredTariff BeijingResidential(Guid companyId) => TieredTariff.Create(
        companyId,
        "北京居民阶梯水价 (demo)",
        WaterNature.Residential,
        [new(180m, 5m), new(260m, 7m), new(null, 9m)],
        ratioApproval: "Beijing municipal residential tiered water price (all-in), demo data");
}
