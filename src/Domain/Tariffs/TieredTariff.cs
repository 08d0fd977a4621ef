namespace Orchestrator.Domain.Tariffs;

/// <summary>
/// An increasing block tariff (阶梯水价) on annual volume. National rule: at least three tiers, priced
/// at least 1 : 1.5 : 3 (first : second : third). A local price approval below that ratio must be cited.
/// </summary>
public sealed class TieredTariff
{
    public const decimal MinSecondTierRatio = 1.5m;
    public const decimal MinThirdTierRatio = 3m;

    private List<TariffTier> tiers = [];

    private TieredTariff() => Name = "";

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Name { get; private set; }
    public WaterNature WaterNature { get; private set; }
    public IReadOnlyList<TariffTier> Tiers => tiers;

    /// <summary>The price document that allows a ratio below the national rule; null when the rule is met.</summary>
    public string? RatioApproval { get; private set; }

    public static TieredTariff Create(
        Guid companyId, string name, WaterNature nature, IEnumerable<TariffTier> tiers, string? ratioApproval = null)
    {
        var list = tiers.ToList();
        TierRules.RequireShape(list);
        var approval = string.IsNullOrWhiteSpace(ratioApproval) ? null : ratioApproval.Trim();
        if (approval is null) TierRules.RequireNationalRatio(list);
        return new TieredTariff
        {
            Id = Guid.NewGuid(),
            CompanyId = Require.Id(companyId, "company"),
            Name = Require.Text(name, "tariff name"),
            WaterNature = Require.Defined(nature, "water nature"),
            tiers = list,
            RatioApproval = approval,
        };
    }

    /// <summary>Charge in yuan (2 decimals) for a year's volume.</summary>
    public decimal ChargeFor(decimal annualVolumeM3)
    {
        Require.NonNegative(annualVolumeM3, "annual volume");
        var charge = 0m;
        var floor = 0m;
        foreach (var tier in tiers)
        {
            var ceiling = Math.Min(annualVolumeM3, tier.UpToM3PerYear ?? decimal.MaxValue);
            if (ceiling > floor) charge += (ceiling - floor) * tier.PricePerM3;
            floor = tier.UpToM3PerYear ?? floor;
        }
        return Math.Round(charge, 2, MidpointRounding.AwayFromZero);
    }
}
