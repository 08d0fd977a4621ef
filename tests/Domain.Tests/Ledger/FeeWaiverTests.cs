using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Ledger;

/// <summary>核销: the unpaid fee of a withdrawn request is waived through the ledger, once, and nothing else changes.</summary>
public class FeeWaiverTests
{
    private const string Request = "XZ20260001";
    private readonly Account account = Account();
    private readonly AccountLedger ledger;
    private readonly Bill waterBill;

    public FeeWaiverTests()
    {
        ledger = new AccountLedger(account, [], [], [], null);
        waterBill = ledger.IssueBill("2026-07", 20m, 100m, Day("2026-08-01"), Day("2026-08-20"));
    }

    private void Pay(decimal amount, string key = "K1") =>
        ledger.ApplyPayment(Payment.Receive(Company, account.Id, PaymentChannel.Counter, key, amount, China("2026-08-05T09:00")));

    [Fact]
    public void An_unpaid_fee_is_waived_in_full_and_no_longer_owed_or_overdue()
    {
        var fee = ledger.IssueFee(Request, 500m, Day("2026-08-02"));
        Assert.Equal(500m, ledger.Arrears(Day("2026-08-03")));

        var waived = ledger.WaiveFee(Request, "申请撤回", Day("2026-08-04"));

        Assert.Equal(500m, waived);
        Assert.Equal((0m, 0m, 0m, BillStatus.Waived), (fee.Amount, fee.AmountPaid, fee.Outstanding, fee.Status));
        Assert.Equal(0m, ledger.Arrears(Day("2026-08-05")));
        Assert.False(fee.WasOverdue(Day("2026-09-01")));
        Assert.Equal([(BillLineKind.Fee, 500m), (BillLineKind.Waiver, -500m)], fee.Lines.Select(l => (l.Kind, l.Amount)));
        Assert.Equal("核销：申请撤回", fee.Lines[^1].Name);
        Assert.Equal(100m, ledger.Outstanding); // the water bill is untouched
        Assert.Equal((100m, 0m, BillStatus.Unpaid), (waterBill.Amount, waterBill.AmountPaid, waterBill.Status));
    }

    [Fact]
    public void A_partly_paid_fee_keeps_what_was_paid_and_waives_the_rest()
    {
        var fee = ledger.IssueFee(Request, 500m, Day("2026-08-02"));
        Pay(400m); // the fee falls due first: all 400 go to it

        var waived = ledger.WaiveFee(Request, "申请撤回", Day("2026-08-06"));

        Assert.Equal(100m, waived);
        Assert.Equal((400m, 400m, 0m, BillStatus.Waived), (fee.Amount, fee.AmountPaid, fee.Outstanding, fee.Status));
        Assert.Equal(100m, ledger.Arrears(Day("2026-08-21"))); // only the water bill
        // What was paid can still be refunded in full.
        Assert.Equal(400m, ledger.RefundFee(Request, 400m, PaymentChannel.Bank, "用户撤回申请", "营业所", China("2026-08-07T10:00")).Amount);
    }

    [Fact]
    public void A_paid_fee_has_nothing_to_waive()
    {
        var fee = ledger.IssueFee(Request, 500m, Day("2026-08-02"));
        Pay(500m);

        Assert.Equal(0m, ledger.WaiveFee(Request, "申请撤回", Day("2026-08-06")));
        Assert.Equal((500m, 500m, BillStatus.Paid), (fee.Amount, fee.AmountPaid, fee.Status));
        Assert.Empty(fee.Lines);
    }

    [Fact]
    public void Waiving_twice_waives_once()
    {
        var fee = ledger.IssueFee(Request, 500m, Day("2026-08-02"));

        Assert.Equal(500m, ledger.WaiveFee(Request, "申请撤回", Day("2026-08-04")));
        Assert.Equal(0m, ledger.WaiveFee(Request, "申请撤回", Day("2026-08-05")));

        Assert.Single(fee.Lines, l => l.Kind == BillLineKind.Waiver);
        Assert.Equal(BillStatus.Waived, fee.Status);
    }

    [Fact]
    public void A_request_without_a_fee_bill_waives_nothing_and_a_reason_is_required()
    {
        Assert.Equal(0m, ledger.WaiveFee("XZ20269999", "申请撤回", Day("2026-08-04")));
        Assert.Throws<InvalidValueException>(() => ledger.WaiveFee(Request, " ", Day("2026-08-04")));
        Assert.Equal(100m, ledger.Outstanding);
    }

    [Fact]
    public void A_payment_reversed_after_the_waiver_leaves_the_fee_waived_and_owed_nothing()
    {
        var fee = ledger.IssueFee(Request, 500m, Day("2026-08-02"));
        Pay(200m, "K1");
        ledger.WaiveFee(Request, "申请撤回", Day("2026-08-04"));
        var reversed = ledger.Payments.Single();

        ledger.ReversePayment(reversed.Id, [], "误收", "营业员", "主管", China("2026-08-06T09:00"));

        Assert.Equal((0m, 0m, BillStatus.Waived), (fee.Amount, fee.Outstanding, fee.Status));
        Assert.Equal(fee.Amount, fee.Lines.Sum(l => l.Amount));
    }
}
