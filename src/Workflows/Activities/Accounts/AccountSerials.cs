using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Customers;

namespace Orchestrator.Workflows.Activities.Accounts;

/// <summary>
/// Hands out the next 10-digit account number: one past the highest serial of the whole group, so a new
/// number names one account only, whichever company's counter a payment reaches.
/// </summary>
public static class AccountSerials
{
    public static async Task<AccountNumber> NextAsync(DbContext db, CancellationToken cancellationToken)
    {
        var highest = await db.Set<Account>().IgnoreQueryFilters()
            .OrderByDescending(a => a.Number)
            .Select(a => a.Number)
            .FirstOrDefaultAsync(cancellationToken);
        return AccountNumber.FromSerial((highest?.Serial ?? 0) + 1);
    }
}
