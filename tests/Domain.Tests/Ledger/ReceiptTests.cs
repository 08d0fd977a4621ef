using Orchestrator.Domain.Ledger;
using static Orchestrator.Domain.Tests.TestData;

namespace Orchestrator.Domain.Tests.Ledger;

public class ReceiptTests
{
    private static Payment Payment(decimal amount = 50m, Guid? company = null) =>
        Domain.Ledger.Payment.Receive(company ?? Company, Guid.NewGuid(), PaymentChannel.Counter, Guid.NewGuid().ToString(), amount, China("2026-08-05T09:00"));

    [Fact]
    public void A_register_numbers_receipts_one_after_another()
    {
        var register = ReceiptRegister.Open(Company, "jn");

        var first = register.Issue(Payment(), "cashier1", China("2026-08-05T09:01"));
        var second = register.Issue(Payment(), "cashier2", China("2026-08-05T09:02"));

        Assert.Equal(("JN0000000001", "JN0000000002"), (first.Number, second.Number));
        Assert.Equal((50m, "cashier1", ReceiptStatus.Issued), (first.Amount, first.IssuedBy, first.Status));
        Assert.Throws<DomainException>(() => register.Issue(Payment(company: Guid.NewGuid()), "cashier1", China("2026-08-05T09:03")));
    }

    [Fact]
    public void Printing_and_reprinting_are_recorded_and_a_voided_receipt_is_not_printed()
    {
        var receipt = ReceiptRegister.Open(Company, "JN").Issue(Payment(), "cashier1", China("2026-08-05T09:01"));
        receipt.Print("cashier1", China("2026-08-05T09:02"));
        receipt.Print("cashier2", China("2026-08-06T10:00"));

        receipt.Void("manager1", "打印错误", China("2026-08-06T11:00"));

        Assert.Equal(["cashier1", "cashier2"], receipt.Prints.Select(p => p.By));
        Assert.Equal((ReceiptStatus.Voided, "manager1", "打印错误"), (receipt.Status, receipt.VoidedBy, receipt.VoidReason));
        Assert.Throws<InvalidTransitionException>(() => receipt.Print("cashier1", China("2026-08-06T12:00")));
        Assert.Throws<InvalidTransitionException>(() => receipt.Void("manager1", "again", China("2026-08-06T12:00")));
    }
}
