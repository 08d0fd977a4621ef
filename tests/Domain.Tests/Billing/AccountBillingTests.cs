using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Relief;
using static Orchestrator.Domain.Tests.Billing.BillingTestData;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Billing;

public class AccountBillingTests
{
    private static readonly ReadingPeriod September = ReadingPeriod.Parse("2026-09");
    private readonly Account account = Account();
    private readonly MeteringPoint meter;
    private readonly List<MeterReading> readings = [];

    public AccountBillingTests() =>
        meter = MeteringPoint.Install(Company, account.Id, "M-1", 15, MeterKind.Mechanical, MeterRole.Household, "addr", 100m, Day("2026-01-01"));

    private void Read(decimal value, string day, ReadingKind kind = ReadingKind.Regular) =>
        readings.Add(MeterReadings.Take(account, meter, readings, new ReadingInput(value, Day(day), kind), ReadingSettings.Default, "r", China(day + "T10:00")));

    private (BillRunOutcome Outcome, BillComputation? Bill, IReadOnlyList<MeterReading> Readings) Decide(bool hasBill = false) =>
        AccountBilling.Decide(account, readings, hasBill, Residential(), Settings(), September, 2);

    [Fact]
    public void Every_unbilled_reading_up_to_the_periods_end_is_billed_together()
    {
        Read(120m, "2026-08-20", ReadingKind.Extra);
        Read(160m, "2026-09-10");
        Read(170m, "2026-10-02"); // after September: the next run's

        var (outcome, bill, billed) = Decide();

        // 60 m³ over two months: 240.00 as worked out in BillCalculatorTests
        Assert.Equal(BillRunOutcome.Billed, outcome);
        Assert.Equal(240m, bill!.Amount);
        Assert.Equal(2, billed.Count);
    }

    [Fact]
    public void Relief_granted_between_two_readings_applies_from_the_first_reading_after_it()
    {
        Read(120m, "2026-08-20", ReadingKind.Extra);
        account.GrantRelief(ReliefKind.LowIncome, Day("2026-08-25"));
        Read(160m, "2026-09-10");

        // Only the 40 m³ read on 09-10 get relief: 240.00 − 40 × 0.20 = 232.00
        Assert.Equal(232m, Decide().Bill!.Amount);
    }

    [Fact]
    public void A_suspended_account_is_not_billed_by_a_run()
    {
        Read(160m, "2026-09-10");
        account.Suspend();

        Assert.Equal(BillRunOutcome.NotSupplied, Decide().Outcome);
    }

    [Fact]
    public void A_reading_on_the_review_list_holds_the_account_back()
    {
        Read(100m, "2026-09-10"); // nothing used: to review

        Assert.Equal(BillRunOutcome.HeldForReview, Decide().Outcome);
        readings[0].Accept("office");
        var (outcome, bill, _) = Decide();
        Assert.Equal(BillRunOutcome.Billed, outcome);
        Assert.Equal(0m, bill!.Amount);
    }

    [Fact]
    public void No_reading_and_an_existing_bill_for_the_period_are_told_apart()
    {
        Assert.Equal(BillRunOutcome.NoReading, Decide().Outcome);
        Read(160m, "2026-09-10");
        Assert.Equal(BillRunOutcome.AlreadyBilled, Decide(hasBill: true).Outcome);
    }

    [Fact]
    public void A_restorations_first_reading_starts_billing_without_being_billed()
    {
        Read(104m, "2026-09-03", ReadingKind.Restoration);
        Assert.Equal(BillRunOutcome.NoReading, Decide().Outcome);

        Read(124m, "2026-09-28");
        // 20 m³ from the restoration reading: 20 × 2 + sewage 20 = 60.00
        Assert.Equal(60m, Decide().Bill!.Amount);
    }
}
