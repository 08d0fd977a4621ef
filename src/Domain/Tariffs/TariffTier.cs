namespace Orchestrator.Domain.Tariffs;

/// <summary>One tier: the price applies to annual volume up to <see cref="UpToM3PerYear"/> (null for the last, open tier).</summary>
public sealed record TariffTier(decimal? UpToM3PerYear, decimal PricePerM3);
