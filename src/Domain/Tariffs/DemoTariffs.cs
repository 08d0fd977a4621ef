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

    /// <summary>
    /// The same Beijing ladder split into its lines as a bill shows them: the basic water fee per tier
    /// (2.07 / 4.07 / 6.07) plus the water-resource fee (1.57) and sewage treatment (1.36) on every m³.
    /// </summary>
    public static TieredTariff BeijingResidentialLines(Guid companyId) => TieredTariff.Create(
        companyId,
        "北京居民阶梯水价 (demo)",
        WaterNature.Residential,
        [new(180m, 2.07m), new(260m, 4.07m), new(null, 6.07m)],
        ratioApproval: "Beijing municipal residential tiered water price, demo data",
        surcharges: [WaterResourceFee(1.57m), SewageFee(1.36m)]);

    /// <summary>Beijing non-residential water: one basic price of 5.79 yuan/m³ plus the water-resource fee and sewage treatment.</summary>
    public static TieredTariff BeijingNonResidential(Guid companyId) => TieredTariff.CreateFlat(
        companyId, "北京非居民水价 (demo)", WaterNature.NonResidential, 5.79m, [WaterResourceFee(1.57m), SewageFee(3.00m)]);

    public static TariffSurcharge WaterResourceFee(decimal price) => new("water-resource", "水资源费", price);

    public static TariffSurcharge SewageFee(decimal price) => new("sewage", "污水处理费", price);
}
