using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Domain.Tests.Tariffs;

public class TieredTariffTests
{
    private static TieredTariff Create(params TariffTier[] tiers) =>
        TieredTariff.Create(TestData.Company, "居民阶梯水价", WaterNature.Residential, tiers);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(100.5, 502.5)]
    [InlineData(180, 900)]
    [InlineData(200, 1040)]
    [InlineData(260, 1460)]
    [InlineData(300, 1820)]
    public void The_beijing_demo_charges_each_tier_at_its_price(decimal volume, decimal charge) =>
        Assert.Equal(charge, DemoTariffs.BeijingResidential(TestData.Company).ChargeFor(volume));

    [Fact]
    public void The_beijing_demo_cites_its_local_ratio()
    {
        var tariff = DemoTariffs.BeijingResidential(TestData.Company);

        Assert.NotNull(tariff.RatioApproval);
        Assert.Equal([180m, 260m, null], tariff.Tiers.Select(t => t.UpToM3PerYear));
        Assert.Equal([5m, 7m, 9m], tariff.Tiers.Select(t => t.PricePerM3));
    }

    [Fact]
    public void A_tariff_at_exactly_one_to_one_and_a_half_to_three_is_accepted()
    {
        var tariff = Create(new(180, 2m), new(260, 3m), new(null, 6m));

        Assert.Equal(180 * 2m + 80 * 3m + 10 * 6m, tariff.ChargeFor(270));
    }

    [Fact]
    public void Charges_are_rounded_to_fen() =>
        Assert.Equal(3.46m, Create(new(10, 3.45m), new(20, 5.18m), new(null, 10.35m)).ChargeFor(1.003m));

    [Fact]
    public void Fewer_than_three_tiers_are_refused()
    {
        var error = Assert.Throws<InvalidTariffException>(() => Create(new(180, 5m), new(null, 9m)));

        Assert.Equal("tariff.invalid", error.Code);
        Assert.Contains("at least 3 tiers", error.Message);
    }

    [Theory]
    [InlineData(5, 7, 9)]
    [InlineData(2, 2.9, 6)]
    [InlineData(2, 3, 5.9)]
    public void A_ratio_below_the_national_rule_is_refused(decimal first, decimal second, decimal third)
    {
        var error = Assert.Throws<InvalidTariffException>(() =>
            Create(new(180, first), new(260, second), new(null, third)));

        Assert.Contains("1 : 1.5 : 3", error.Message);
    }

    [Fact]
    public void Tiers_must_rise_and_only_the_last_is_open()
    {
        Assert.Throws<InvalidTariffException>(() => Create(new(180, 2m), new(null, 3m), new(300, 6m)));
        Assert.Throws<InvalidTariffException>(() => Create(new(260, 2m), new(180, 3m), new(null, 6m)));
        Assert.Throws<InvalidTariffException>(() => Create(new(180, 2m), new(260, 3m), new(400, 6m)));
        Assert.Throws<InvalidTariffException>(() => Create(new(180, 0m), new(260, 3m), new(null, 6m)));
    }

    [Fact]
    public void A_negative_volume_is_refused() =>
        Assert.Throws<InvalidValueException>(() => DemoTariffs.BeijingResidential(TestData.Company).ChargeFor(-1));
}
