using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Notifications;

/// <summary>One customer to phone: who, how to reach them, about which request and notice.</summary>
public sealed record CallListItem(Guid Id, Guid CustomerId, string CustomerName, IReadOnlyList<string> Phones, string? RequestNumber,
    string Template, string Reason, DateTimeOffset CreatedAt);

/// <summary>
/// 电话通知名单: the service center's open calls in its own company, oldest first, a page at a time. Only the
/// service center (clerks and duty managers) reads it; others get an empty list.
/// </summary>
public sealed class CallListQuery(OrchestratorDbContext db)
{
    public const int PageSize = 50;

    public static bool MayRead(ClaimsPrincipal user) =>
        user.CompanyId() is not null && (user.IsInRole(Roles.Clerk) || user.IsInRole(Roles.DutyManager));

    public async Task<IReadOnlyList<CallListItem>> OpenAsync(ClaimsPrincipal user, int page = 0, CancellationToken cancellationToken = default)
    {
        if (!MayRead(user) || user.CompanyId() is not { } companyId) return [];
        var calls = await db.Set<CustomerCall>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.CompanyId == companyId && c.CalledAt == null)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip(Math.Max(0, page) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var ids = calls.Select(c => c.CustomerId).Distinct().ToList();
        var customers = await db.Customers.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. calls.Select(c => new CallListItem(c.Id, c.CustomerId, customers[c.CustomerId].Name, [.. customers[c.CustomerId].Phones],
            c.RequestNumber, c.Template, c.Reason, c.CreatedAt))];
    }
}
