using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;

namespace Orchestrator.Workflows.Activities.Ledger;

/// <summary>Loads one account's whole ledger (bills, payments, deposits, credit) so domain rules can run on it.</summary>
public sealed class LedgerRepository(DbContext db)
{
    /// <summary>
    /// Account numbers are unique within a company; give <paramref name="companyId"/> where no signed-in
    /// user scopes the query (a flow step run by a timer, say).
    /// </summary>
    public async Task<AccountLedger> LoadAsync(string accountNumber, CancellationToken cancellationToken = default, Guid? companyId = null)
    {
        var number = AccountNumber.Parse(accountNumber);
        // An account opened earlier in the same step is not in the database yet.
        var account = db.Set<Account>().Local.FirstOrDefault(a => a.Number == number && (companyId == null || a.CompanyId == companyId))
            ?? await db.Set<Account>().SingleOrDefaultAsync(a => a.Number == number && (companyId == null || a.CompanyId == companyId), cancellationToken)
            ?? throw new DomainException("account.not-found", $"There is no account {number} in your company.") { Arguments = [number] };
        return await LoadAsync(account, cancellationToken);
    }

    public async Task<AccountLedger> LoadAsync(Account account, CancellationToken cancellationToken = default)
    {
        var bills = await db.Set<Bill>().Where(b => b.AccountId == account.Id).ToListAsync(cancellationToken);
        var payments = await db.Set<Payment>().Where(p => p.AccountId == account.Id).ToListAsync(cancellationToken);
        var deposits = await db.Set<Deposit>().Where(d => d.AccountId == account.Id).ToListAsync(cancellationToken);
        var credit = await db.Set<AccountCredit>().SingleOrDefaultAsync(c => c.AccountId == account.Id, cancellationToken);
        var ledger = new AccountLedger(account, bills, payments, deposits, credit);
        if (credit is null) db.Set<AccountCredit>().Add(ledger.Credit);
        return ledger;
    }
}
