using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Relief;

/// <summary>
/// Relief for low-income and hardship households (seed 003): a fixed amount per m³ off the base water
/// fee, from the first reading after relief was granted. A collective account gets it in proportion to
/// the share of its households on relief.
/// </summary>
public sealed class ReliefPolicy(decimal discountPerM3 = ReliefPolicy.DefaultDiscountPerM3)
{
    public const decimal DefaultDiscountPerM3 = 0.20m;

    public decimal DiscountPerM3 { get; } = Require.NonNegative(discountPerM3, "relief rate");

    /// <summary>Yuan off the base water fee for the volume of a reading taken on <paramref name="readOn"/>.</summary>
    public decimal Discount(Account account, decimal volumeM3, DateOnly readOn)
    {
        Require.NonNegative(volumeM3, "volume");
        if (account.ReliefKind == ReliefKind.None || !(readOn > account.ReliefGrantedOn))
            return 0;
        var share = account.IsCollective ? account.LowIncomeShare : 1m;
        return Math.Round(volumeM3 * DiscountPerM3 * share, 2, MidpointRounding.AwayFromZero);
    }
}
