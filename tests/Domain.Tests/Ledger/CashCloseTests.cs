using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Ledger;

public class CashCloseTests
{
    private readonly Account account = Account();

    private Payment Pay(PaymentChannel channel, decimal amount, string at) =>
        Payment.Receive(Company, account.Id, channel, Guid.NewGuid().ToString(), amount, China(at));

    [Fact]
    public void A_day_is_closed_per_channel_and_cashier_with_its_reversals_and_refunds()
    {
        var a = Pay(PaymentChannel.Counter, 100m, "2026-08-05T09:00");
        var b = Pay(PaymentChannel.Counter, 50m, "2026-08-05T10:00");
        var c = Pay(PaymentChannel.WeChat, 30m, "2026-08-05T23:59");
        var tomorrow = Pay(PaymentChannel.Counter, 70m, "2026-08-06T00:00");
        var cashiers = new Dictionary<Guid, string> { [a.Id] = "cashier1", [b.Id] = "cashier2" };
        var ledger = new AccountLedger(account, [], [a, b], [], null);
        ledger.ApplyPayment(Pay(PaymentChannel.Counter, 1m, "2026-08-01T09:00")); // credit 1
        var reversal = ledger.ReversePayment(b.Id, [], "wrong", "cashier2", "manager1", China("2026-08-05T11:00"));
        var refund = ledger.RefundCredit(1m, PaymentChannel.Counter, "r", "cashier1", China("2026-08-05T12:00"));

        var close = CashClose.Count(Company, CashCloseKind.Daily, Day("2026-08-05"), [a, b, c, tomorrow], id => cashiers.GetValueOrDefault(id),
            [reversal], [refund], "manager1", China("2026-08-06T08:00"));

        Assert.Equal("2026-08-05", close.Period);
        Assert.Equal(
        [
            new CashCloseLine(PaymentChannel.Counter, "cashier1", 1, 100m, 0, 0m, 1, 1m),
            new CashCloseLine(PaymentChannel.Counter, "cashier2", 1, 50m, 1, 50m, 0, 0m),
            new CashCloseLine(PaymentChannel.WeChat, "WeChat", 1, 30m, 0, 0m, 0, 0m),
        ], close.Lines);
        // received 180, reversed 50, refunded 1 → 129
        Assert.Equal((180m, 50m, 1m, 129m), (close.Received, close.Reversed, close.Refunded, close.Net));
    }

    [Fact]
    public void A_day_or_month_that_is_not_over_cannot_be_closed()
    {
        var error = Assert.Throws<DomainException>(() =>
            CashClose.Count(Company, CashCloseKind.Daily, Day("2026-08-05"), [], _ => null, [], [], "m", China("2026-08-05T23:00")));
        Assert.Equal("close.not-over", error.Code);
        Assert.Throws<DomainException>(() =>
            CashClose.Count(Company, CashCloseKind.Monthly, Day("2026-08-05"), [], _ => null, [], [], "m", China("2026-08-31T23:00")));
    }

    [Fact]
    public void A_month_counts_every_day_of_it()
    {
        var close = CashClose.Count(Company, CashCloseKind.Monthly, Day("2026-08-15"),
            [Pay(PaymentChannel.Bank, 10m, "2026-08-01T00:00"), Pay(PaymentChannel.Bank, 20m, "2026-08-31T23:59"), Pay(PaymentChannel.Bank, 40m, "2026-09-01T00:00")],
            _ => null, [], [], "m", China("2026-09-01T08:00"));

        Assert.Equal(("2026-08", 30m, 2), (close.Period, close.Received, Assert.Single(close.Lines).Payments));
    }
}
