using Orchestrator.Domain.Ledger;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Ledger;

public class MoneyTests
{
    [Theory]
    [InlineData(-10, "must be more than zero")]
    [InlineData(0, "must be more than zero")]
    [InlineData(12.345, "at most 2 decimals")]
    public void A_payment_amount_must_be_positive_yuan_and_fen(decimal amount, string rule)
    {
        var error = Assert.Throws<InvalidAmountException>(() =>
            Payment.Receive(Company, Guid.NewGuid(), PaymentChannel.Counter, "C-1", amount, China("2026-03-10T10:00")));

        Assert.Equal("payment amount", error.Field);
        Assert.Equal(amount, error.Value);
        Assert.Contains("payment amount", error.Message);
        Assert.Contains(amount.ToString(), error.Message);
        Assert.Contains(rule, error.Message);
    }

    [Fact]
    public void A_deposit_of_zero_is_refused() =>
        Assert.Equal("deposit amount", Assert.Throws<InvalidAmountException>(() =>
            Deposit.Take(Company, Guid.NewGuid(), DepositKind.HouseholdRetrofit30Days, 0m, Day("2026-03-10"))).Field);

    [Fact]
    public void A_bill_may_be_zero_but_not_negative_or_below_a_fen()
    {
        var ledger = new AccountLedger(Account(), [], [], [], null);

        Assert.Equal(BillStatus.Paid, ledger.IssueBill("2026-01", 0m, 0m, Day("2026-02-01"), Day("2026-02-15")).Status);
        Assert.Equal("bill amount", Assert.Throws<InvalidAmountException>(() =>
            ledger.IssueBill("2026-03", 5m, -1m, Day("2026-04-01"), Day("2026-04-15"))).Field);
        Assert.Equal("bill amount", Assert.Throws<InvalidAmountException>(() =>
            ledger.IssueBill("2026-03", 5m, 10.001m, Day("2026-04-01"), Day("2026-04-15"))).Field);
    }

    [Fact]
    public void Guards_return_the_checked_value()
    {
        Assert.Equal(12.30m, Money.Positive(12.30m, "fee"));
        Assert.Equal(0m, Money.NonNegative(0m, "fee"));
    }
}
