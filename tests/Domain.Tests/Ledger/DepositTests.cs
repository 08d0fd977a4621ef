using Orchestrator.Domain.Ledger;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Ledger;

public class DepositTests
{
    private static Deposit Held() =>
        Deposit.Take(Company, Guid.NewGuid(), DepositKind.DeveloperTransfer3Cycles, 900m, Day("2026-03-01"));

    [Fact]
    public void A_deposit_goes_from_held_to_refund_due_to_refunded()
    {
        var deposit = Held();

        deposit.MarkRefundDue(Day("2026-09-01"));
        Assert.Equal(DepositStatus.RefundDue, deposit.Status);
        Assert.Equal(Day("2026-09-01"), deposit.RefundDueOn);
        deposit.MarkRefunded(Day("2026-09-03"));

        Assert.Equal(DepositStatus.Refunded, deposit.Status);
        Assert.Equal(Day("2026-09-03"), deposit.RefundedOn);
    }

    [Fact]
    public void A_held_deposit_cannot_be_refunded_directly() =>
        Assert.Throws<InvalidTransitionException>(() => Held().MarkRefunded(Day("2026-09-03")));

    [Fact]
    public void A_refund_cannot_fall_due_twice_or_before_the_deposit()
    {
        var deposit = Held();
        Assert.Throws<InvalidValueException>(() => deposit.MarkRefundDue(Day("2026-02-01")));
        deposit.MarkRefundDue(Day("2026-09-01"));

        Assert.Throws<InvalidTransitionException>(() => deposit.MarkRefundDue(Day("2026-09-02")));
    }
}
