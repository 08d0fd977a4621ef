using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Customers;

/// <summary>A customer with every account's arrears, deposits, credit and meters, as of today in China.</summary>
public sealed class CustomerAccountsQuery(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<CustomerSummary?> LoadAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null) return null;
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.CustomerId == customerId).ToListAsync(cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var bills = await db.Bills.AsNoTracking().Where(b => ids.Contains(b.AccountId)).ToListAsync(cancellationToken);
        var deposits = await db.Deposits.AsNoTracking().Where(d => ids.Contains(d.AccountId)).ToListAsync(cancellationToken);
        var credits = await db.Credits.AsNoTracking().Where(c => ids.Contains(c.AccountId)).ToListAsync(cancellationToken);
        var meters = await db.MeteringPoints.AsNoTracking().Where(m => ids.Contains(m.AccountId)).ToListAsync(cancellationToken);
        return new CustomerSummary(customer.Id, customer.Name, customer.Kind, customer.IdNumber, customer.Phones,
        [
            .. accounts.OrderBy(a => a.Number.Value).Select(a => new AccountSummary(
                a.Id, a.Number.Value, a.Address, a.Status,
                bills.Where(b => b.AccountId == a.Id && b.DueDate < today).Sum(b => b.Outstanding),
                bills.Where(b => b.AccountId == a.Id).Sum(b => b.Outstanding),
                deposits.Where(d => d.AccountId == a.Id && d.Status != DepositStatus.Refunded).Sum(d => d.Amount),
                credits.Where(c => c.AccountId == a.Id).Sum(c => c.Balance),
                [.. meters.Where(m => m.AccountId == a.Id).Select(m => new MeterSummary(m.MeterNumber, m.CaliberMm, m.Kind, m.Status, m.LastReadingM3, m.LastReadOn))])),
        ]);
    }
}
