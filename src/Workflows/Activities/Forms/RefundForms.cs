using static Orchestrator.Workflows.Activities.Forms.Fields;

namespace Orchestrator.Workflows.Activities.Forms;

/// <summary>Forms of refunds: the deposit refund the Host starts when a deposit falls due, and fees paid back on withdrawal.</summary>
internal static class RefundForms
{
    public static readonly TaskForm DepositRefundPaid = new("deposit-refund-paid", "退还押金", "Pay the deposit back",
    [
        Choice("refundChannel", "退款方式", "Paid back by",
            new FormChoice("Cash", "现金", "Cash"),
            new FormChoice("BankTransfer", "银行转账", "Bank transfer"),
            new FormChoice("NextBill", "抵扣下期水费", "Credit to the next bill")),
        Note(),
    ]);

    public static readonly TaskForm FeeRefundPaid = new("fee-refund-paid", "退还已缴费用", "Pay back the fees of a withdrawn request",
    [
        Money("refundedAmount", "退还金额（元）", "Amount paid back (yuan)"),
        Choice("refundChannel", "退款方式", "Paid back by",
            new FormChoice("Cash", "现金", "Cash"),
            new FormChoice("BankTransfer", "银行转账", "Bank transfer")),
        Note(),
    ]);

    public static IReadOnlyList<TaskForm> All { get; } = [DepositRefundPaid, FeeRefundPaid];
}
