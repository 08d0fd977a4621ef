namespace Orchestrator.Domain.Relief;

public enum ReliefKind
{
    None,

    /// <summary>低保: holder of a minimum-living-allowance certificate.</summary>
    LowIncome,

    /// <summary>特困: extreme hardship, e.g. workers of bankrupt enterprises on relief.</summary>
    Extreme,
}
