using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Domain.Tests.Billing;

/// <summary>
/// A ladder with round numbers so the bills can be worked out by hand: 180 / 300 m³ a year at 2 / 3 / 6
/// yuan basic water fee (1 : 1.5 : 3) and 1 yuan sewage on every m³. Two months allow 30 and 50 m³.
/// </summary>
internal static class BillingTestData
{
    public static TieredTariff Residential() => TieredTariff.Create(
        TestData.Company, "测试居民水价", WaterNature.Residential, [new(180m, 2m), new(300m, 3m), new(null, 6m)],
        surcharges: [DemoTariffs.SewageFee(1m)]);

    public static TieredTariff NonResidential() =>
        TieredTariff.CreateFlat(TestData.Company, "测试非居民水价", WaterNature.NonResidential, 4m, [DemoTariffs.SewageFee(2m)]);

    public static BillingSettings Settings() => BillingSettings.DefaultFor(TestData.Company);
}
