using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Relief;
using Orchestrator.Domain.Tariffs;
using static Orchestrator.Domain.Tests.Billing.BillingTestData;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Billing;

public class BillCalculatorTests
{
    private static readonly DateOnly ReadOn = Day("2026-09-10");

    private static BillComputation Bill(Account account, decimal volume, decimal? reliefVolume = null, int months = 2, TieredTariff? tariff = null) =>
        BillCalculator.Calculate(account, tariff ?? Residential(), Settings(), volume, reliefVolume ?? volume, months, ReadOn);

    [Fact]
    public void Sixty_m3_over_two_months_climbs_all_three_tiers_and_pays_sewage_on_every_m3()
    {
        // Two months of 180 / 300 m³ a year: tier 1 up to 30 m³, tier 2 up to 50 m³.
        // 30 × 2 = 60.00, 20 × 3 = 60.00, 10 × 6 = 60.00, sewage 60 × 1 = 60.00 → 240.00
        var bill = Bill(Account(), 60m);

        Assert.Equal([60m, 60m, 60m, 60m], bill.Lines.Select(l => l.Amount));
        Assert.Equal([30m, 20m, 10m, 60m], bill.Lines.Select(l => l.VolumeM3));
        Assert.Equal([BillLineKind.BasicWater, BillLineKind.BasicWater, BillLineKind.BasicWater, BillLineKind.Surcharge], bill.Lines.Select(l => l.Kind));
        Assert.Equal(240m, bill.Amount);
    }

    [Fact]
    public void A_monthly_bill_gets_a_twelfth_of_the_yearly_limits()
    {
        // One month: tier 1 up to 15 m³, tier 2 up to 25 m³. 20 m³: 15 × 2 = 30, 5 × 3 = 15, sewage 20 → 65.00
        Assert.Equal(65m, Bill(Account(), 20m, months: 1).Amount);
    }

    [Fact]
    public void Tier_amounts_are_rounded_to_fen_line_by_line()
    {
        // Ladder 200 / 400 m³ a year over 2 months: 33.333 and 66.667 m³.
        // 40 m³: 33.333 × 2 = 66.666 → 66.67; 6.667 × 3 = 20.001 → 20.00; sewage 40.00 → 126.67
        var tariff = TieredTariff.Create(Company, "t", WaterNature.Residential, [new(200m, 2m), new(400m, 3m), new(null, 6m)],
            surcharges: [DemoTariffs.SewageFee(1m)]);
        var bill = Bill(Account(), 40m, tariff: tariff);

        Assert.Equal([66.67m, 20.00m, 40m], bill.Lines.Select(l => l.Amount));
        Assert.Equal(126.67m, bill.Amount);
    }

    [Fact]
    public void Relief_takes_0_20_per_m3_off_the_basic_fee()
    {
        var account = Account();
        account.GrantRelief(ReliefKind.LowIncome, Day("2026-08-01"));

        // 240.00 as above, less 60 × 0.20 = 12.00 → 228.00
        var bill = Bill(account, 60m);

        Assert.Equal(-12m, bill.Lines[^1].Amount);
        Assert.Equal(BillLineKind.Relief, bill.Lines[^1].Kind);
        Assert.Equal(12m, bill.ReliefAmount);
        Assert.Equal(228m, bill.Amount);
    }

    [Fact]
    public void Relief_counts_only_the_volume_read_after_it_was_granted()
    {
        var account = Account();
        account.GrantRelief(ReliefKind.LowIncome, Day("2026-08-01"));

        // 25 of the 60 m³ were read after the grant: 25 × 0.20 = 5.00 off 240.00 → 235.00
        Assert.Equal(235m, Bill(account, 60m, reliefVolume: 25m).Amount);
    }

    [Fact]
    public void A_collective_account_has_its_households_tiers_and_relief_in_its_low_income_share()
    {
        var account = Account(collective: true);
        account.MarkCollective(10);
        account.GrantRelief(ReliefKind.LowIncome, Day("2026-08-01"), 0.3m);

        // Ten households over two months: tier 1 up to 300 m³, tier 2 up to 500 m³.
        // 400 m³: 300 × 2 = 600, 100 × 3 = 300, sewage 400 → 1300.00; relief 400 × 0.20 × 0.3 = 24.00 → 1276.00
        var bill = Bill(account, 400m);

        Assert.Equal([600m, 300m, 400m, -24m], bill.Lines.Select(l => l.Amount));
        Assert.Equal(1276m, bill.Amount);
    }

    [Fact]
    public void A_household_above_the_base_size_gets_wider_tiers()
    {
        var account = Account();
        account.RecordHouseholdPopulation(6);

        // Two people above the base 4, 30 m³ a year each: 240 / 360 a year, 40 / 60 over two months.
        // 60 m³: 40 × 2 = 80, 20 × 3 = 60, sewage 60 → 200.00
        Assert.Equal(200m, Bill(account, 60m).Amount);
    }

    [Fact]
    public void Non_residential_water_has_one_price_and_its_sewage_line()
    {
        var account = Domain.Customers.Account.Open(Company, Guid.NewGuid(), AccountNumber.FromSerial(777), "工业园 1 号",
            WaterNature.NonResidential, Day("2025-01-01"));

        // 25 × 4 = 100.00, sewage 25 × 2 = 50.00 → 150.00
        var bill = Bill(account, 25m, tariff: NonResidential());

        Assert.Equal(["基本水费", "污水处理费"], bill.Lines.Select(l => l.Name));
        Assert.Equal(150m, bill.Amount);
    }

    [Fact]
    public void A_real_reading_below_a_high_estimate_takes_the_excess_back_at_the_first_tier()
    {
        // -5 m³: -5 × 2 = -10.00, sewage -5.00 → -15.00
        Assert.Equal(-15m, Bill(Account(), -5m).Amount);
    }

    [Fact]
    public void A_tariff_of_another_water_nature_is_refused()
    {
        var account = Account();
        Assert.Throws<DomainException>(() => Bill(account, 10m, tariff: NonResidential()));
    }
}
