using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Ledger;

/// <summary>Loads one account's whole ledger (bills, payments, deposits, credit) so domain rules can run on it.</summary>
public sealed class LedgerRepository(OrchestratorDbContext db)
{
    public async Task<AccountLedger> LoadAsync(string accountNumber, CancellationToken cancellationToken = default)
    {
        var number = AccountNumber.Parse(accountNumber);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Number == number, cancellationToken)
            ?? throw new DomainException("account.not-found", $"There is no account {number} in your company.");
        return await LoadAsync(account, cancellationToken);
    }

    public async Task<AccountLedger> LoadAsync(Account account, CancellationToken cancellationToken = default)
    {
        var bills = await db.Bills.Where(b => b.AccountId == account.Id).ToListAsync(cancellationToken);
        var payments = await db.Payments.Where(p => p.AccountId == account.Id).ToListAsync(cancellationToken);
        var deposits = await db.Deposits.Where(d => d.AccountId == account.Id).ToListAsync(cancellationToken);
        var credit = await db.Credits.SingleOrDefaultAsync(c => c.AccountId == account.Id, cancellationToken);
        var ledger = new AccountLedger(account, bills, payments, deposits, credit);
        if (credit is null) db.Credits.Add(ledger.Credit);
        return ledger;
    }
}
