using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Home;

public sealed record CompanyOverview(
    string CompanyName, string? UnitName, int Customers, int Accounts, int AccountsInArrears, decimal ArrearsTotal, int OpenRequests);

/// <summary>The home page's figures for the signed-in user's company (the DbContext's company scope applies).</summary>
public sealed class CompanyOverviewQuery(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<CompanyOverview?> LoadAsync(Guid? unitId, CancellationToken cancellationToken = default)
    {
        var unit = unitId is { } id ? await db.Units.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) : null;
        var company = unit is null ? null : await db.Companies.SingleOrDefaultAsync(c => c.Id == unit.CompanyId, cancellationToken);
        if (company is null) return null;

        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var overdue = await db.Bills
            .Where(b => b.DueDate < today && b.Amount > b.AmountPaid)
            .Select(b => new { b.AccountId, Owed = b.Amount - b.AmountPaid })
            .ToListAsync(cancellationToken);
        return new CompanyOverview(
            company.Name,
            unit!.Name,
            await db.Customers.CountAsync(cancellationToken),
            await db.Accounts.CountAsync(cancellationToken),
            overdue.Select(b => b.AccountId).Distinct().Count(),
            overdue.Sum(b => b.Owed),
            await db.ServiceRequests.CountAsync(r => r.Status == RequestStatus.Submitted || r.Status == RequestStatus.InProgress, cancellationToken));
    }
}
