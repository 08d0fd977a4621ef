using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Accounts;

/// <summary>The account a step works on (input 'accountNumber') and its meters.</summary>
public static class AccountLookup
{
    public static async Task<Account> AccountAsync(ActivityContext context)
    {
        var number = AccountNumber.Parse(context.RequiredText("accountNumber"));
        var companyId = context.CompanyId();
        return context.Db().Set<Account>().Local.FirstOrDefault(a => a.Number == number && (companyId == null || a.CompanyId == companyId))
            ?? await context.Db().Set<Account>().SingleOrDefaultAsync(a => a.Number == number && (companyId == null || a.CompanyId == companyId), context.CancellationToken)
            ?? throw new DomainException("account.not-found", $"There is no account {number} in this company.") { Arguments = [number] };
    }

    public static Task<List<MeteringPoint>> MetersAsync(ActivityContext context, Account account, MeteringPointStatus status) =>
        context.Db().Set<MeteringPoint>()
            .Where(m => m.AccountId == account.Id && m.Status == status)
            .OrderBy(m => m.MeterNumber)
            .ToListAsync(context.CancellationToken);
}
