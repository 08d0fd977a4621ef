namespace Orchestrator.Domain.Metering;

/// <summary>
/// A company's reading rules: how often each meter role is read, and when a reading goes to the review list
/// (a volume above <see cref="ReviewFactor"/> times the average of the last <see cref="AverageOverReadings"/>
/// billed readings, or nothing used by an occupied account).
/// </summary>
public sealed record ReadingSettings(
    int MasterCycleMonths = 1, int HouseholdCycleMonths = 2, decimal ReviewFactor = 3m, int AverageOverReadings = 3)
{
    public static ReadingSettings Default { get; } = new();

    public int CycleMonths(Customers.MeterRole role) =>
        role == Customers.MeterRole.Master ? MasterCycleMonths : HouseholdCycleMonths;
}
