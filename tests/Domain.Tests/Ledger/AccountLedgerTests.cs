using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Ledger;

public class AccountLedgerTests
{
    private readonly Account account = Account();
    private readonly AccountLedger ledger;

    public AccountLedgerTests()
    {
        ledger = new AccountLedger(account, [], [], [], null);
        ledger.IssueBill("2026-01", 20m, 100m, Day("2026-02-01"), Day("2026-02-15"));
        ledger.IssueBill("2026-03", 25m, 125m, Day("2026-04-01"), Day("2026-04-15"));
    }

    private Payment Paid(decimal amount, string key = "K1", PaymentChannel channel = PaymentChannel.WeChat) =>
        Payment.Receive(Company, account.Id, channel, key, amount, China("2026-04-20T09:00"));

    [Fact]
    public void Arrears_are_unpaid_bills_due_before_the_day()
    {
        Assert.Equal(0m, ledger.Arrears(Day("2026-02-15")));
        Assert.Equal(100m, ledger.Arrears(Day("2026-02-16")));
        Assert.Equal(225m, ledger.Arrears(Day("2026-04-16")));
        Assert.Equal(225m, ledger.Outstanding);
    }

    [Fact]
    public void A_partial_payment_pays_the_oldest_bill_first()
    {
        var result = ledger.ApplyPayment(Paid(130m));

        var (january, march) = (ledger.Bills[0], ledger.Bills[1]);
        Assert.Equal(BillStatus.Paid, january.Status);
        Assert.Equal(Day("2026-04-20"), january.SettledOn);
        Assert.Equal(BillStatus.PartiallyPaid, march.Status);
        Assert.Equal(30m, march.AmountPaid);
        Assert.Equal(new[] { new BillAllocation(january.Id, "2026-01", 100m), new BillAllocation(march.Id, "2026-03", 30m) }, result.Allocations);
        Assert.Equal(0m, result.CreditedToAccount);
        Assert.Equal(95m, ledger.Arrears(Day("2026-05-01")));
    }

    [Fact]
    public void An_overpayment_is_credited_and_taken_off_the_next_bill()
    {
        var result = ledger.ApplyPayment(Paid(300m));

        Assert.Equal(75m, result.CreditedToAccount);
        Assert.Equal(75m, ledger.Credit.Balance);
        var may = ledger.IssueBill("2026-05", 10m, 50m, Day("2026-06-01"), Day("2026-06-15"));
        Assert.Equal(BillStatus.Paid, may.Status);
        Assert.Equal(25m, ledger.Credit.Balance);
        var july = ledger.IssueBill("2026-07", 20m, 100m, Day("2026-08-01"), Day("2026-08-15"));
        Assert.Equal(25m, july.AmountPaid);
        Assert.Equal(BillStatus.PartiallyPaid, july.Status);
        Assert.Equal(0m, ledger.Credit.Balance);
    }

    [Fact]
    public void A_repeated_notice_pays_once_and_returns_the_first_result()
    {
        var first = ledger.ApplyPayment(Paid(130m));
        var repeat = Paid(130m);

        var second = ledger.ApplyPayment(repeat);

        Assert.Equal(first.PaymentId, second.PaymentId);
        Assert.NotEqual(repeat.Id, second.PaymentId);
        Assert.Equal(first.Allocations, second.Allocations);
        Assert.Single(ledger.Payments);
        Assert.Equal(95m, ledger.Outstanding);
    }

    [Fact]
    public void A_repeated_notice_is_recognised_after_reloading_the_ledger()
    {
        var first = ledger.ApplyPayment(Paid(130m));
        var reloaded = new AccountLedger(account, ledger.Bills, ledger.Payments, [], ledger.Credit);

        var second = reloaded.ApplyPayment(Paid(130m));

        Assert.Equal(first.PaymentId, second.PaymentId);
        Assert.Equal(first.Allocations, second.Allocations);
        Assert.Equal(95m, reloaded.Outstanding);
    }

    [Fact]
    public void The_same_key_with_another_amount_is_refused_and_changes_nothing()
    {
        ledger.ApplyPayment(Paid(130m));

        var error = Assert.Throws<IdempotencyKeyConflictException>(() => ledger.ApplyPayment(Paid(131m)));

        Assert.Equal("payment.idempotency-conflict", error.Code);
        Assert.Contains("130", error.Message);
        Assert.Contains("131", error.Message);
        Assert.Equal(95m, ledger.Outstanding);
    }

    [Fact]
    public void The_same_key_on_another_channel_is_another_payment()
    {
        ledger.ApplyPayment(Paid(100m, "K1", PaymentChannel.WeChat));
        ledger.ApplyPayment(Paid(100m, "K1", PaymentChannel.Alipay));

        Assert.Equal(2, ledger.Payments.Count);
        Assert.Equal(25m, ledger.Outstanding);
    }

    [Fact]
    public void Records_of_another_account_are_refused()
    {
        var stranger = Payment.Receive(Company, Guid.NewGuid(), PaymentChannel.Bank, "B1", 10m, China("2026-04-20T09:00"));

        Assert.Equal("ledger.foreign-record", Assert.Throws<DomainException>(() => ledger.ApplyPayment(stranger)).Code);
        Assert.Throws<DomainException>(() => new AccountLedger(account, [], [stranger], [], null));
    }

    [Fact]
    public void A_second_bill_for_a_period_is_refused() =>
        Assert.Equal("bill.duplicate-period", Assert.Throws<DomainException>(() =>
            ledger.IssueBill("2026-03", 1m, 5m, Day("2026-04-02"), Day("2026-04-16"))).Code);

    [Theory]
    [InlineData("2026-13")]
    [InlineData("202603")]
    [InlineData("")]
    public void A_malformed_period_is_refused(string period) =>
        Assert.Throws<InvalidValueException>(() => ledger.IssueBill(period, 1m, 5m, Day("2026-04-02"), Day("2026-04-16")));

    [Fact]
    public void Deposits_held_are_counted_until_refunded()
    {
        var deposit = ledger.HoldDeposit(DepositKind.HouseholdRetrofit30Days, 60m, Day("2026-03-01"));
        Assert.Equal(60m, ledger.DepositsHeld);

        deposit.MarkRefundDue(Day("2026-04-30"));
        deposit.MarkRefunded(Day("2026-05-02"));

        Assert.Equal(0m, ledger.DepositsHeld);
    }
}
