using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Metering;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Billing;

public class BillRunTests
{
    private static BillRun Run() => BillRun.Start(Company, Guid.NewGuid(), ReadingPeriod.Parse("2026-09"), "office1", China("2026-09-30T10:00"));

    [Fact]
    public void A_run_adds_up_what_it_billed_and_counts_what_it_did_not()
    {
        var run = Run();
        var lines = new[] { new BillLine(BillLineKind.BasicWater, "b", 30m, 2m, 60m, 1), new BillLine(BillLineKind.Relief, "r", 30m, -0.2m, -6m) };
        run.Count(BillRunOutcome.Billed, BillRunItem.For(run, Guid.NewGuid(), new BillComputation(30m, lines), Day("2026-09-10")));
        run.Count(BillRunOutcome.Billed, BillRunItem.For(run, Guid.NewGuid(), new BillComputation(10m, [lines[0] with { VolumeM3 = 10m, Amount = 20m }]), Day("2026-09-11")));
        run.Count(BillRunOutcome.HeldForReview);
        run.Count(BillRunOutcome.NotSupplied);

        Assert.Equal((2, 40m, 74m, 6m), (run.BilledAccounts, run.VolumeM3, run.Amount, run.ReliefAmount));
        Assert.Equal((1, 1, 0), (run.HeldForReviewAccounts, run.NotSuppliedAccounts, run.NoReadingAccounts));
    }

    [Fact]
    public void A_released_run_cannot_be_reversed_and_a_reversed_one_cannot_be_released()
    {
        var released = Run();
        released.Release("office1", China("2026-10-01T09:00"));
        Assert.Throws<InvalidTransitionException>(() => released.Reverse("office1", "wrong tariff", China("2026-10-01T10:00")));

        var reversed = Run();
        reversed.Reverse("office1", "wrong tariff", China("2026-10-01T10:00"));
        Assert.Equal("wrong tariff", reversed.ReversalReason);
        Assert.Throws<InvalidTransitionException>(() => reversed.Release("office1", China("2026-10-01T11:00")));
    }

    [Fact]
    public void A_reversal_needs_a_reason()
    {
        Assert.Throws<InvalidValueException>(() => Run().Reverse("office1", " ", China("2026-10-01T10:00")));
    }
}
