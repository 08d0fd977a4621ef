using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Domain.Billing;

/// <summary>
/// Prices one account's volume for one bill: the basic water fee tier by tier within the bill's pro-rated
/// limits (<see cref="TierAllowance"/>), each surcharge on every m³, and the relief off the basic fee on the
/// volume read after relief was granted (scaled by a collective account's low-income share, never more than
/// the basic fee). Every line is rounded to fen. A negative volume (an estimate corrected downwards) is
/// taken back at the first tier's price.
/// </summary>
public static class BillCalculator
{
    /// <param name="reliefVolumeM3">The part of the volume read after relief was granted.</param>
    /// <param name="lastReadOn">The day of the last reading billed.</param>
    public static BillComputation Calculate(
        Account account, TieredTariff tariff, BillingSettings settings, decimal volumeM3, decimal reliefVolumeM3, int months, DateOnly lastReadOn)
    {
        if (tariff.CompanyId != account.CompanyId || tariff.WaterNature != account.WaterNature)
            throw new DomainException("tariff.mismatch",
                $"Account {account.Number} is billed on a {account.WaterNature} tariff of its own company, not on '{tariff.Name}'.");
        var lines = new List<BillLine>();
        lines.AddRange(BasicWater(tariff, TierAllowance.LimitsFor(tariff, account, settings, months), volumeM3));
        lines.AddRange(tariff.Surcharges.Select(s => new BillLine(BillLineKind.Surcharge, s.Name, volumeM3, s.PricePerM3, Fen(volumeM3 * s.PricePerM3))));
        if (volumeM3 > 0 && reliefVolumeM3 > 0)
        {
            var basic = lines.Where(l => l.Kind == BillLineKind.BasicWater).Sum(l => l.Amount);
            var relief = Math.Min(basic, settings.Relief.Discount(account, Math.Min(reliefVolumeM3, volumeM3), lastReadOn));
            var share = account.IsCollective ? account.LowIncomeShare : 1m;
            if (relief > 0)
                lines.Add(new BillLine(BillLineKind.Relief, "低保优惠", Math.Min(reliefVolumeM3, volumeM3), -settings.ReliefPerM3 * share, -relief));
        }
        return new BillComputation(volumeM3, lines);
    }

    private static IEnumerable<BillLine> BasicWater(TieredTariff tariff, IReadOnlyList<decimal?> limits, decimal volume)
    {
        if (volume <= 0)
        {
            if (volume < 0) yield return Line(1, volume, tariff.Tiers[0].PricePerM3, tariff.Tiers.Count);
            yield break;
        }
        var floor = 0m;
        for (var i = 0; i < tariff.Tiers.Count && floor < volume; i++)
        {
            var ceiling = Math.Min(volume, limits[i] ?? decimal.MaxValue);
            if (ceiling > floor) yield return Line(i + 1, ceiling - floor, tariff.Tiers[i].PricePerM3, tariff.Tiers.Count);
            floor = Math.Max(floor, ceiling);
        }
    }

    private static BillLine Line(int tier, decimal volume, decimal price, int tierCount) =>
        new(BillLineKind.BasicWater, tierCount == 1 ? "基本水费" : $"基本水费（第{tier}阶梯）", volume, price, Fen(volume * price), tierCount == 1 ? null : tier);

    private static decimal Fen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
