using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Ledger;

/// <summary>
/// One account's bills, payments, deposits and credit, and the rules between them: payments pay the
/// oldest open bill first, overpayment becomes credit, credit pays the next bill, and a payment
/// notice that arrives twice pays once. Load every record of the account, act, then save what changed.
/// </summary>
public sealed partial class AccountLedger
{
    private readonly List<Bill> bills;
    private readonly List<Payment> payments;
    private readonly List<Deposit> deposits;

    public AccountLedger(
        Account account, IEnumerable<Bill> bills, IEnumerable<Payment> payments,
        IEnumerable<Deposit> deposits, AccountCredit? credit)
    {
        Account = account;
        this.bills = OfAccount(bills, b => b.AccountId, "bill");
        this.payments = OfAccount(payments, p => p.AccountId, "payment");
        this.deposits = OfAccount(deposits, d => d.AccountId, "deposit");
        Credit = credit ?? AccountCredit.Open(account.CompanyId, account.Id);
        if (Credit.AccountId != account.Id) throw ForeignRecord("credit");
    }

    public Account Account { get; }

    /// <summary>The account's credit; new (and to be saved) when none was passed in.</summary>
    public AccountCredit Credit { get; }

    public IReadOnlyList<Bill> Bills => bills;
    public IReadOnlyList<Payment> Payments => payments;
    public IReadOnlyList<Deposit> Deposits => deposits;

    /// <summary>Unpaid amount of bills due before <paramref name="asOf"/> (欠费).</summary>
    public decimal Arrears(DateOnly asOf) => ArrearsOf(bills, asOf);

    /// <summary>The arrears rule on bills read without their ledger (a check across many accounts in one query).</summary>
    public static decimal ArrearsOf(IEnumerable<Bill> bills, DateOnly asOf) => bills.Where(b => b.DueDate < asOf).Sum(b => b.Outstanding);

    /// <summary>Unpaid amount of every bill, due or not.</summary>
    public decimal Outstanding => bills.Sum(b => b.Outstanding);

    public decimal DepositsHeld => deposits.Where(d => d.Status != DepositStatus.Refunded).Sum(d => d.Amount);

    /// <summary>Issues a bill and pays what it can of it from the account's credit.</summary>
    public Bill IssueBill(string period, decimal volumeM3, decimal amount, DateOnly issuedOn, DateOnly dueDate)
    {
        var bill = Bill.Issue(Account.CompanyId, Account.Id, period, volumeM3, amount, issuedOn, dueDate);
        if (bills.Any(b => b.Period == bill.Period))
            throw new DomainException(
                "bill.duplicate-period", $"Account {Account.Number} already has a bill for {bill.Period}; correct that bill instead.")
            { Arguments = [Account.Number, bill.Period] };
        var fromCredit = Credit.Take(bill.Outstanding);
        if (fromCredit > 0) bill.Pay(fromCredit, issuedOn);
        bills.Add(bill);
        return bill;
    }

    /// <summary>
    /// Issues the fee bill of a service request, due at once so the next payment pays it first; a request
    /// that already has its fee bill gets that bill back.
    /// </summary>
    public Bill IssueFee(string requestNumber, decimal amount, DateOnly issuedOn)
    {
        if (FeeOf(requestNumber) is { } existing) return existing;
        var bill = Bill.IssueFee(Account.CompanyId, Account.Id, requestNumber, amount, issuedOn);
        var fromCredit = Credit.Take(bill.Outstanding);
        if (fromCredit > 0) bill.Pay(fromCredit, issuedOn);
        bills.Add(bill);
        return bill;
    }

    public Bill? FeeOf(string requestNumber) => bills.FirstOrDefault(b => b.Period == requestNumber);

    /// <summary>
    /// Applies a payment, oldest open bill first, the rest to credit. If the same channel and key was
    /// applied before, nothing changes and the first result is returned (its PaymentId is the first
    /// payment's, so the repeat must not be saved).
    /// </summary>
    public PaymentResult ApplyPayment(Payment payment)
    {
        if (payment.AccountId != Account.Id) throw ForeignRecord("payment");
        if (FindApplied(payment.Channel, payment.IdempotencyKey) is { } first)
            return first.Amount == payment.Amount
                ? first.Result
                : throw new IdempotencyKeyConflictException(payment.Channel, payment.IdempotencyKey, first.Amount, payment.Amount);

        var left = payment.Amount;
        foreach (var bill in OpenBillsOldestFirst())
        {
            var share = Math.Min(left, bill.Outstanding);
            payment.Allocate(bill, share);
            left -= share;
            if (left == 0) break;
        }
        if (left > 0)
        {
            payment.Credit(left);
            Credit.Add(left);
        }
        payments.Add(payment);
        return payment.Result;
    }

    /// <summary>
    /// What the payment <paramref name="result"/> (just applied to this ledger) settled: the fee bills it
    /// paid in full and whether it paid a water bill overdue on <paramref name="asOf"/>.
    /// </summary>
    public PaymentSettlement SettlementOf(PaymentResult result, DateOnly asOf)
    {
        var paid = result.Allocations.Where(a => a.Amount > 0)
            .Select(a => bills.FirstOrDefault(b => b.Id == a.BillId) ?? throw ForeignRecord("bill allocation"))
            .ToList();
        var fees = paid.Where(b => b.IsFee && b.Outstanding == 0).Select(b => b.Period).Distinct().ToList();
        return new PaymentSettlement(fees, paid.Any(b => !b.IsFee && b.DueDate < asOf));
    }

    public Deposit HoldDeposit(DepositKind kind, decimal amount, DateOnly heldOn)
    {
        var deposit = Deposit.Take(Account.CompanyId, Account.Id, kind, amount, heldOn);
        deposits.Add(deposit);
        return deposit;
    }

    private Payment? FindApplied(PaymentChannel channel, string key) =>
        payments.FirstOrDefault(p => p.Channel == channel && p.IdempotencyKey == key);

    private IEnumerable<Bill> OpenBillsOldestFirst() =>
        bills.Where(b => b.Outstanding > 0).OrderBy(b => b.DueDate).ThenBy(b => b.Period).ToList();

    private List<T> OfAccount<T>(IEnumerable<T> records, Func<T, Guid> accountOf, string what)
    {
        var list = records.ToList();
        return list.All(r => accountOf(r) == Account.Id) ? list : throw ForeignRecord(what);
    }

    private DomainException ForeignRecord(string what) =>
        new("ledger.foreign-record", $"A {what} of another account was given to the ledger of account {Account.Number}.");
}
