namespace Orchestrator.Domain.Tariffs;

internal static class TierRules
{
    public static void RequireShape(IReadOnlyList<TariffTier> tiers)
    {
        if (tiers.Count < 3)
            throw new InvalidTariffException($"A tiered tariff needs at least 3 tiers; this one has {tiers.Count}.")
                { TextKey = "tariff.tier-count", Arguments = [tiers.Count] };
        if (tiers.Any(t => t.PricePerM3 <= 0))
            throw new InvalidTariffException("Every tier needs a price above zero.") { TextKey = "tariff.tier-price" };
        if (tiers[^1].UpToM3PerYear is not null || tiers.SkipLast(1).Any(t => t.UpToM3PerYear is null))
            throw new InvalidTariffException("Only the last tier may be open-ended, and it must be.") { TextKey = "tariff.open-ended" };
        for (var i = 0; i < tiers.Count - 1; i++)
            if (tiers[i].UpToM3PerYear <= (i == 0 ? 0 : tiers[i - 1].UpToM3PerYear))
                throw new InvalidTariffException(
                    $"Tier {i + 1} ends at {tiers[i].UpToM3PerYear} m³; each tier must end above the one before it.")
                    { TextKey = "tariff.tier-limit", Arguments = [i + 1, tiers[i].UpToM3PerYear] };
        for (var i = 1; i < tiers.Count; i++)
            if (tiers[i].PricePerM3 <= tiers[i - 1].PricePerM3)
                throw new InvalidTariffException($"Tier {i + 1} must cost more than tier {i}.") { TextKey = "tariff.tier-order", Arguments = [i + 1, i] };
    }

    public static void RequireNationalRatio(IReadOnlyList<TariffTier> tiers)
    {
        var first = tiers[0].PricePerM3;
        var second = tiers[1].PricePerM3 / first;
        var third = tiers[2].PricePerM3 / first;
        if (second < TieredTariff.MinSecondTierRatio || third < TieredTariff.MinThirdTierRatio)
            throw new InvalidTariffException(
                $"Tier prices {first} : {tiers[1].PricePerM3} : {tiers[2].PricePerM3} are in the ratio " +
                $"1 : {second:0.##} : {third:0.##}; the national rule is at least 1 : 1.5 : 3. " +
                "Raise the upper tiers, or cite the local price approval that allows this ratio.")
            {
                TextKey = "tariff.national-ratio",
                Arguments = [first, tiers[1].PricePerM3, tiers[2].PricePerM3, Math.Round(second, 2), Math.Round(third, 2)],
            };
    }
}
