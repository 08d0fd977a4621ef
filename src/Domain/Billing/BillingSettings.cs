using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Relief;

namespace Orchestrator.Domain.Billing;

/// <summary>
/// A company's billing rules (per company, one row): reading cycles and review thresholds, the household
/// size the tiers are set for (阶梯人口) and the m³ per year each further person adds to every tier limit,
/// the relief rate, and how many days a bill gives to pay.
/// </summary>
public sealed class BillingSettings
{
    private BillingSettings() { }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public int MasterCycleMonths { get; private set; } = 1;
    public int HouseholdCycleMonths { get; private set; } = 2;
    public decimal ReviewFactor { get; private set; } = 3m;
    public int AverageOverReadings { get; private set; } = 3;
    public int BaseHouseholdSize { get; private set; } = 4;
    public decimal ExtraM3PerPersonPerYear { get; private set; } = 30m;
    public decimal ReliefPerM3 { get; private set; } = ReliefPolicy.DefaultDiscountPerM3;
    public int PaymentDays { get; private set; } = 20;

    /// <summary>The rules a company has until it sets its own (Beijing's: 4 people, 30 m³ a year per further person).</summary>
    public static BillingSettings DefaultFor(Guid companyId) => new() { Id = Guid.NewGuid(), CompanyId = Require.Id(companyId, "company") };

    public ReadingSettings Reading => new(MasterCycleMonths, HouseholdCycleMonths, ReviewFactor, AverageOverReadings);

    public ReliefPolicy Relief => new(ReliefPerM3);

    public void ChangeReview(decimal factor, int overReadings)
    {
        ReviewFactor = factor is >= 1.5m and <= 20m ? factor
            : throw new InvalidValueException("review factor", $"The review factor is between 1.5 and 20; got {factor}.") { Arguments = [factor] };
        AverageOverReadings = overReadings is >= 1 and <= 12 ? overReadings
            : throw new InvalidValueException("readings averaged", $"Average over 1 to 12 readings; got {overReadings}.") { Arguments = [overReadings] };
    }

    public void ChangeCycles(int masterMonths, int householdMonths)
    {
        MasterCycleMonths = Cycle(masterMonths, "master cycle");
        HouseholdCycleMonths = Cycle(householdMonths, "household cycle");
    }

    public void ChangeHouseholdRule(int baseHouseholdSize, decimal extraM3PerPersonPerYear)
    {
        BaseHouseholdSize = baseHouseholdSize is >= 1 and <= 10 ? baseHouseholdSize
            : throw new InvalidValueException("base household size", $"The base household size is 1 to 10 people; got {baseHouseholdSize}.")
            {
                Arguments = [baseHouseholdSize],
            };
        ExtraM3PerPersonPerYear = Require.NonNegative(extraM3PerPersonPerYear, "m³ per further person");
    }

    private static int Cycle(int months, string field) =>
        months is 1 or 2 or 3 or 4 or 6 or 12 ? months
            : throw new InvalidValueException(field, $"A reading cycle is 1, 2, 3, 4, 6 or 12 months; got {months}.")
            {
                TextKey = "cycle-months", Arguments = [months],
            };
}
