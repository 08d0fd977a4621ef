namespace Orchestrator.Domain.Tariffs;

/// <summary>用水性质: decides which tariff an account is billed on.</summary>
public enum WaterNature
{
    Residential,
    NonResidential,
    Special,
}
