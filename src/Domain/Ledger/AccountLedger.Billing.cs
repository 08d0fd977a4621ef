using Orchestrator.Domain.Billing;

namespace Orchestrator.Domain.Ledger;

/// <summary>Water bills with their lines: issued from a bill run or a special reading, paid from credit first.</summary>
public sealed partial class AccountLedger
{
    /// <summary>
    /// Issues a computed bill. One whose lines sum below zero (a real reading correcting a too-high estimate)
    /// is issued at zero and the difference goes to the account's credit, which pays the next bill.
    /// </summary>
    public Bill IssueWaterBill(string period, BillComputation computation, DateOnly issuedOn, DateOnly dueDate, Guid? runId = null)
    {
        if (bills.Any(b => b.Period == period))
            throw new DomainException(
                "bill.duplicate-period", $"Account {Account.Number} already has a bill for {period}; correct that bill instead.")
            { Arguments = [Account.Number, period] };
        var bill = Bill.IssueFromLines(Account.CompanyId, Account.Id, period, computation, issuedOn, dueDate, runId);
        if (computation.Amount < 0) Credit.Add(-computation.Amount);
        var fromCredit = Credit.Take(bill.Outstanding);
        if (fromCredit > 0) bill.Pay(fromCredit, issuedOn);
        bills.Add(bill);
        return bill;
    }
}
