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
    private List<TariffSurcharge> surcharges = [];

    private TieredTariff() => Name = "";

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Name { get; private set; }
    public WaterNature WaterNature { get; private set; }
    public IReadOnlyList<TariffTier> Tiers => tiers;

    /// <summary>Lines billed per m³ beside the tiers (sewage, water resource, …); empty when tier prices are all-in.</summary>
    public IReadOnlyList<TariffSurcharge> Surcharges => surcharges;

    /// <summary>The price document that allows a ratio below the national rule; null when the rule is met.</summary>
    public string? RatioApproval { get; private set; }

    public static TieredTariff Create(
        Guid companyId, string name, WaterNature nature, IEnumerable<TariffTier> tiers, string? ratioApproval = null,
        IEnumerable<TariffSurcharge>? surcharges = null)
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
            surcharges = CheckedSurcharges(surcharges),
        };
    }

    /// <summary>One price for every m³ (non-residential and special water have no ladder), plus its surcharges.</summary>
    public static TieredTariff CreateFlat(
        Guid companyId, string name, WaterNature nature, decimal pricePerM3, IEnumerable<TariffSurcharge>? surcharges = null)
    {
        if (Require.Defined(nature, "water nature") == WaterNature.Residential)
            throw new InvalidTariffException("Residential water is billed on a ladder of at least 3 tiers, not one price.") { TextKey = "tariff.residential-flat" };
        if (pricePerM3 <= 0) throw new InvalidTariffException("The price per m³ must be above zero.") { TextKey = "tariff.flat-price" };
        return new TieredTariff
        {
            Id = Guid.NewGuid(),
            CompanyId = Require.Id(companyId, "company"),
            Name = Require.Text(name, "tariff name"),
            WaterNature = nature,
            tiers = [new TariffTier(null, pricePerM3)],
            surcharges = CheckedSurcharges(surcharges),
        };
    }

    private static List<TariffSurcharge> CheckedSurcharges(IEnumerable<TariffSurcharge>? surcharges)
    {
        var list = surcharges?.ToList() ?? [];
        if (list.Any(s => s.PricePerM3 <= 0 || string.IsNullOrWhiteSpace(s.Code) || string.IsNullOrWhiteSpace(s.Name)))
            throw new InvalidTariffException("Every surcharge needs a code, a name and a price per m³ above zero.") { TextKey = "tariff.surcharge" };
        if (list.Select(s => s.Code).Distinct().Count() != list.Count)
            throw new InvalidTariffException("Two surcharges of a tariff cannot share a code.") { TextKey = "tariff.surcharge-code" };
        return list;
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
