using Orchestrator.Domain.Calendar;

namespace Orchestrator.Domain.Ledger;

/// <summary>Taking money back through the ledger: payment reversals (红冲) and refunds of credit and deposits.</summary>
public sealed partial class AccountLedger
{
    /// <summary>
    /// Reverses a payment of this account: the bills it paid are owed again and its credit is taken back.
    /// Refused when the payment was reversed before, or when its credit has already paid a later bill.
    /// </summary>
    public PaymentReversal ReversePayment(
        Guid paymentId, IEnumerable<PaymentReversal> earlierReversals, string reason, string requestedBy, string approvedBy, DateTimeOffset at)
    {
        var payment = payments.FirstOrDefault(p => p.Id == paymentId)
            ?? throw new DomainException("payment.not-found", $"Account {Account.Number} has no such payment.")
            {
                TextKey = "payment.not-on-account", Arguments = [Account.Number],
            };
        if (earlierReversals.Any(r => r.PaymentId == paymentId))
            throw new DomainException("payment.already-reversed", $"The {payment.Amount} yuan payment of {payment.ReceivedOn:yyyy-MM-dd} was reversed before.") { Arguments = [payment.Amount, payment.ReceivedOn] };
        if (Credit.Balance < payment.CreditedAmount)
            throw new DomainException("payment.credit-spent",
                $"{payment.CreditedAmount} yuan of this payment went to credit, and only {Credit.Balance} yuan of credit is left: the rest has paid later bills. Correct those bills first.")
            { Arguments = [payment.CreditedAmount, Credit.Balance] };
        var reversal = PaymentReversal.Of(payment, reason, requestedBy, approvedBy, at);
        foreach (var allocation in payment.Allocations)
            bills.Single(b => b.Id == allocation.BillId).Unpay(allocation.Amount);
        Credit.Take(payment.CreditedAmount);
        return reversal;
    }

    /// <summary>Pays back <paramref name="amount"/> of the account's credit (overpayment).</summary>
    public Refund RefundCredit(decimal amount, PaymentChannel channel, string reason, string paidBy, DateTimeOffset at)
    {
        Money.Positive(amount, "refund amount");
        if (amount > Credit.Balance)
            throw new InvalidAmountException("refund amount", amount, $"cannot exceed the {Credit.Balance} yuan of credit", "above-credit", Credit.Balance);
        var refund = Refund.Record(Account.CompanyId, Account.Id, RefundKind.Overpayment, null, amount, channel, reason, paidBy, at);
        Credit.Take(amount);
        return refund;
    }

    /// <summary>
    /// Pays back <paramref name="amount"/> of what was paid on the fee bill of request <paramref name="requestNumber"/>
    /// (the request was withdrawn); the bill stays as paid, the refund records the money going back.
    /// </summary>
    public Refund RefundFee(string requestNumber, decimal amount, PaymentChannel channel, string reason, string paidBy, DateTimeOffset at)
    {
        var fee = FeeOf(requestNumber)
            ?? throw new DomainException("fee.not-found", $"Account {Account.Number} has no fee bill for request {requestNumber}.") { Arguments = [Account.Number, requestNumber] };
        Money.Positive(amount, "refund amount");
        if (amount > fee.AmountPaid)
            throw new InvalidAmountException("refund amount", amount, $"cannot exceed the {fee.AmountPaid} yuan paid on the fee of {requestNumber}", "above-fee-paid", fee.AmountPaid, requestNumber);
        return Refund.Record(Account.CompanyId, Account.Id, RefundKind.Fee, null, amount, channel, reason, paidBy, at);
    }

    /// <summary>
    /// Waives (核销) what is still owed on the fee bill of request <paramref name="requestNumber"/>, e.g. because the
    /// request was withdrawn before it was paid: the customer no longer owes it, what was paid stays paid (to be
    /// refunded on its own), no other bill changes. Returns the yuan waived: 0 when the request has no fee bill,
    /// it is paid in full or it was waived before, so waiving twice waives once.
    /// </summary>
    public decimal WaiveFee(string requestNumber, string reason, DateOnly on)
    {
        Require.Text(reason, "waiver reason", 200);
        return FeeOf(requestNumber) is { } fee ? fee.WaiveRest(reason, on) : 0;
    }

    /// <summary>Pays back a deposit whose refund has fallen due, in full.</summary>
    public Refund RefundDeposit(Guid depositId, PaymentChannel channel, string reason, string paidBy, DateTimeOffset at)
    {
        var deposit = deposits.FirstOrDefault(d => d.Id == depositId)
            ?? throw new DomainException("deposit.not-found", $"Account {Account.Number} has no such deposit.") { Arguments = [Account.Number] };
        var refund = Refund.Record(Account.CompanyId, Account.Id, RefundKind.Deposit, deposit.Id, deposit.Amount, channel, reason, paidBy, at);
        deposit.MarkRefunded(ChinaTime.DateOf(at));
        return refund;
    }
}
