using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Domain.Billing;

/// <summary>
/// The tier limits of one bill: the tariff's annual limits for one household, widened by the company's m³ per
/// further person above its base household size (阶梯人口), times the households of a collective account,
/// pro-rated to the months the bill covers. Rounded to litres.
/// </summary>
public static class TierAllowance
{
    public static IReadOnlyList<decimal?> LimitsFor(TieredTariff tariff, Account account, BillingSettings settings, int months)
    {
        if (months is < 1 or > 12)
            throw new InvalidValueException("billed months", $"A bill covers 1 to 12 months; got {months}.") { Arguments = [months] };
        var extraPeople = Math.Max(0, (account.HouseholdPopulation ?? 0) - settings.BaseHouseholdSize);
        var widening = tariff.WaterNature == WaterNature.Residential ? extraPeople * settings.ExtraM3PerPersonPerYear : 0;
        return [.. tariff.Tiers.Select(t => t.UpToM3PerYear is { } annual
            ? Math.Round((annual + widening) * account.HouseholdCount * months / 12m, 3, MidpointRounding.AwayFromZero)
            : (decimal?)null)];
    }
}
