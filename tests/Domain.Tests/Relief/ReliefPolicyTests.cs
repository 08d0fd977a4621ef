using Orchestrator.Domain.Relief;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Relief;

public class ReliefPolicyTests
{
    private readonly ReliefPolicy policy = new();

    [Fact]
    public void An_individual_gets_twenty_fen_per_ton_from_the_next_reading()
    {
        var account = Account();
        account.GrantRelief(ReliefKind.LowIncome, Day("2026-03-01"));

        Assert.Equal(3.00m, policy.Discount(account, 15m, Day("2026-04-01")));
        Assert.Equal(0m, policy.Discount(account, 15m, Day("2026-03-01")));
        Assert.Equal(0m, policy.Discount(account, 15m, Day("2026-02-01")));
    }

    [Fact]
    public void A_collective_account_gets_its_low_income_share()
    {
        var account = Account(collective: true);
        account.GrantRelief(ReliefKind.LowIncome, Day("2026-03-01"), 0.25m);

        Assert.Equal(5.00m, policy.Discount(account, 100m, Day("2026-05-01")));
        Assert.Equal(0.33m, policy.Discount(account, 6.5m, Day("2026-05-01")));
    }

    [Fact]
    public void No_relief_means_no_discount() =>
        Assert.Equal(0m, policy.Discount(Account(), 100m, Day("2026-05-01")));

    [Fact]
    public void The_amount_per_ton_is_a_parameter()
    {
        var account = Account();
        account.GrantRelief(ReliefKind.Extreme, Day("2026-03-01"));

        Assert.Equal(4.50m, new ReliefPolicy(0.30m).Discount(account, 15m, Day("2026-04-01")));
    }
}
