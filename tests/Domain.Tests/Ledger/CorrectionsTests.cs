using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Ledger;

public class CorrectionsTests
{
    private readonly Account account = Account();
    private readonly AccountLedger ledger;

    public CorrectionsTests()
    {
        ledger = new AccountLedger(account, [], [], [], null);
        ledger.IssueBill("2026-07", 20m, 100m, Day("2026-08-01"), Day("2026-08-20"));
    }

    private Payment Pay(decimal amount, string key = "K1")
    {
        var payment = Payment.Receive(Company, account.Id, PaymentChannel.Counter, key, amount, China("2026-08-05T09:00"));
        ledger.ApplyPayment(payment);
        return payment;
    }

    [Fact]
    public void A_reversal_makes_the_bill_owed_again_and_takes_the_credit_back()
    {
        var payment = Pay(130m); // 100 to the bill, 30 to credit

        var reversal = ledger.ReversePayment(payment.Id, [], "收错户号", "cashier1", "manager1", China("2026-08-06T10:00"));

        Assert.Equal((100m, BillStatus.Unpaid, (DateOnly?)null), (ledger.Bills[0].Outstanding, ledger.Bills[0].Status, ledger.Bills[0].SettledOn));
        Assert.Equal(0m, ledger.Credit.Balance);
        Assert.Equal((130m, 30m, "manager1"), (reversal.Amount, reversal.CreditTakenBack, reversal.ApprovedBy));
        Assert.Equal(100m, Assert.Single(reversal.Allocations).Amount);
    }

    [Fact]
    public void A_reversal_is_refused_twice_without_approval_or_when_its_credit_paid_a_later_bill()
    {
        var payment = Pay(130m);
        var first = ledger.ReversePayment(payment.Id, [], "wrong account", "cashier1", "manager1", China("2026-08-06T10:00"));
        Assert.Throws<DomainException>(() => ledger.ReversePayment(payment.Id, [first], "again", "cashier1", "manager1", China("2026-08-06T11:00")));

        var second = Pay(130m, "K2");
        Assert.Throws<InvalidValueException>(() => ledger.ReversePayment(second.Id, [], "self", "cashier1", "CASHIER1", China("2026-08-06T10:00")));

        ledger.IssueBill("2026-09", 5m, 25m, Day("2026-10-01"), Day("2026-10-20")); // paid from the 30 credit
        var error = Assert.Throws<DomainException>(() => ledger.ReversePayment(second.Id, [], "late", "cashier1", "manager1", China("2026-10-02T10:00")));
        Assert.Equal("payment.credit-spent", error.Code);
    }

    [Fact]
    public void Credit_is_refunded_up_to_its_balance()
    {
        Pay(130m);

        var refund = ledger.RefundCredit(20m, PaymentChannel.Counter, "客户申请退预存", "cashier1", China("2026-08-07T10:00"));

        Assert.Equal((20m, RefundKind.Overpayment), (refund.Amount, refund.Kind));
        Assert.Equal(10m, ledger.Credit.Balance);
        Assert.Throws<InvalidAmountException>(() => ledger.RefundCredit(10.01m, PaymentChannel.Counter, "r", "cashier1", China("2026-08-07T10:00")));
    }

    [Fact]
    public void A_deposit_is_refunded_once_its_refund_fell_due()
    {
        var deposit = ledger.HoldDeposit(DepositKind.LargeVolumeWater3Months, 900m, Day("2025-01-01"));
        Assert.Throws<InvalidTransitionException>(() => ledger.RefundDeposit(deposit.Id, PaymentChannel.Bank, "销户", "cashier1", China("2026-08-07T10:00")));

        deposit.MarkRefundDue(Day("2026-08-01"));
        var refund = ledger.RefundDeposit(deposit.Id, PaymentChannel.Bank, "销户", "cashier1", China("2026-08-07T10:00"));

        Assert.Equal((900m, RefundKind.Deposit, DepositStatus.Refunded), (refund.Amount, refund.Kind, deposit.Status));
        Assert.Equal(0m, ledger.DepositsHeld);
    }

    [Fact]
    public void The_fee_of_a_withdrawn_request_is_refunded_up_to_what_was_paid_on_it()
    {
        ledger.IssueFee("XZ20260001", 500m, Day("2026-08-02"));
        Pay(400m); // the fee falls due first: all 400 go to it, 100 of it still owed

        var refund = ledger.RefundFee("XZ20260001", 400m, PaymentChannel.Bank, "用户撤回申请", "营业所", China("2026-08-07T10:00"));

        Assert.Equal((400m, RefundKind.Fee, (Guid?)null), (refund.Amount, refund.Kind, refund.DepositId));
        Assert.Throws<InvalidAmountException>(() => ledger.RefundFee("XZ20260001", 400.01m, PaymentChannel.Bank, "r", "营业所", China("2026-08-07T10:00")));
        Assert.Equal("fee.not-found", Assert.Throws<DomainException>(
            () => ledger.RefundFee("XZ20269999", 1m, PaymentChannel.Bank, "r", "营业所", China("2026-08-07T10:00"))).Code);
    }

    [Fact]
    public void A_bill_below_zero_is_issued_at_zero_and_its_excess_credited()
    {
        var correction = new BillComputation(-5m, [new BillLine(BillLineKind.BasicWater, "b", -5m, 2m, -10m, 1)]);

        var bill = ledger.IssueWaterBill("2026-09", correction, Day("2026-10-01"), Day("2026-10-20"));

        Assert.Equal((0m, 0m, BillStatus.Paid), (bill.Amount, bill.VolumeM3, bill.Status));
        Assert.Equal(10m, ledger.Credit.Balance);
        Assert.Single(bill.Lines);
    }

    [Fact]
    public void A_water_bill_with_lines_is_paid_from_credit_first()
    {
        Pay(130m);
        var lines = new BillComputation(10m, [new BillLine(BillLineKind.BasicWater, "b", 10m, 2m, 20m, 1), new BillLine(BillLineKind.Surcharge, "s", 10m, 1m, 10m)]);

        var bill = ledger.IssueWaterBill("2026-09", lines, Day("2026-10-01"), Day("2026-10-20"), Guid.NewGuid());

        Assert.Equal((30m, BillStatus.Paid, 0m), (bill.Amount, bill.Status, ledger.Credit.Balance));
        Assert.NotNull(bill.BillRunId);
        Assert.Throws<DomainException>(() => ledger.IssueWaterBill("2026-09", lines, Day("2026-10-01"), Day("2026-10-20")));
    }
}
