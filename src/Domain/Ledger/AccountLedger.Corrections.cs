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
            ?? throw new DomainException("payment.not-found", $"Account {Account.Number} has no such payment.");
        if (earlierReversals.Any(r => r.PaymentId == paymentId))
            throw new DomainException("payment.already-reversed", $"The {payment.Amount} yuan payment of {payment.ReceivedOn:yyyy-MM-dd} was reversed before.");
        if (Credit.Balance < payment.CreditedAmount)
            throw new DomainException("payment.credit-spent",
                $"{payment.CreditedAmount} yuan of this payment went to credit, and only {Credit.Balance} yuan of credit is left: the rest has paid later bills. Correct those bills first.");
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
            throw new InvalidAmountException("refund amount", amount, $"cannot exceed the {Credit.Balance} yuan of credit");
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
            ?? throw new DomainException("fee.not-found", $"Account {Account.Number} has no fee bill for request {requestNumber}.");
        Money.Positive(amount, "refund amount");
        if (amount > fee.AmountPaid)
            throw new InvalidAmountException("refund amount", amount, $"cannot exceed the {fee.AmountPaid} yuan paid on the fee of {requestNumber}");
        return Refund.Record(Account.CompanyId, Account.Id, RefundKind.Fee, null, amount, channel, reason, paidBy, at);
    }

    /// <summary>Pays back a deposit whose refund has fallen due, in full.</summary>
    public Refund RefundDeposit(Guid depositId, PaymentChannel channel, string reason, string paidBy, DateTimeOffset at)
    {
        var deposit = deposits.FirstOrDefault(d => d.Id == depositId)
            ?? throw new DomainException("deposit.not-found", $"Account {Account.Number} has no such deposit.");
        var refund = Refund.Record(Account.CompanyId, Account.Id, RefundKind.Deposit, deposit.Id, deposit.Amount, channel, reason, paidBy, at);
        deposit.MarkRefunded(ChinaTime.DateOf(at));
        return refund;
    }
}
