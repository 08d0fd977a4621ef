using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Host.Features.Accounts;

/// <summary>
/// 集体户 and 阶梯人口: the business office records how many households a collective account serves, or how
/// many people a household has, which set the account's tier limits from its next bill.
/// </summary>
public sealed class AccountHouseholds(OrchestratorDbContext db)
{
    public async Task<Account> MarkCollectiveAsync(BillingStaff staff, string accountNumber, int households, CancellationToken ct = default)
    {
        var account = await FindAsync(staff, accountNumber, ct);
        account.MarkCollective(households);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<Account> RecordPopulationAsync(BillingStaff staff, string accountNumber, int? persons, CancellationToken ct = default)
    {
        var account = await FindAsync(staff, accountNumber, ct);
        account.RecordHouseholdPopulation(persons);
        await db.SaveChangesAsync(ct);
        return account;
    }

    private async Task<Account> FindAsync(BillingStaff staff, string accountNumber, CancellationToken ct)
    {
        staff.Require("change an account's households", BillingRoles.Office);
        var number = AccountNumber.Parse(accountNumber);
        return staff.Own(await db.Accounts.SingleOrDefaultAsync(a => a.Number == number, ct), a => a.CompanyId,
            "account.not-found", $"There is no account {number} in your company.", number);
    }
}
