using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Metering;

/// <summary>Which months a meter role is read in: master meters every month, household meters every odd month.</summary>
public static class ReadingCycle
{
    public static bool IsReadingMonth(MeterRole role, int month) => role switch
    {
        MeterRole.Master => true,
        MeterRole.Household => month % 2 == 1,
        _ => false,
    };
}
