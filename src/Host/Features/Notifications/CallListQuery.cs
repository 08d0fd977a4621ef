using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Api;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Notifications;

/// <summary>One customer to phone: who, how to reach them, about which request and notice.</summary>
public sealed record CallListItem(Guid Id, Guid CustomerId, string CustomerName, IReadOnlyList<string> Phones, string? RequestNumber,
    string Template, string Reason, DateTimeOffset CreatedAt);

/// <summary>
/// 电话通知名单: the service center's open calls in its own company, oldest first, a page at a time (keyset after
/// (created, id) on the open calls' index, so any page reads a bounded number of rows). Only the service center
/// (clerks and duty managers) reads it; others get an empty list.
/// </summary>
public sealed class CallListQuery(OrchestratorDbContext db)
{
    public const int PageSize = 50;
    public const int MaxPageSize = 200;

    public static bool MayRead(ClaimsPrincipal user) =>
        user.CompanyId() is not null && (user.IsInRole(Roles.Clerk) || user.IsInRole(Roles.DutyManager));

    public async Task<OldestFirstPage<CallListItem>> OpenAsync(
        ClaimsPrincipal user, OldestFirstCursor? after = null, int size = PageSize, CancellationToken cancellationToken = default)
    {
        if (!MayRead(user) || user.CompanyId() is not { } companyId) return new([], null);
        size = Math.Clamp(size, 1, MaxPageSize);
        var open = db.Set<CustomerCall>().IgnoreQueryFilters().AsNoTracking().Where(c => c.CompanyId == companyId && c.CalledAt == null);
        if (after is { } cursor)
            open = open.Where(c => c.CreatedAt >= cursor.Since && (c.CreatedAt > cursor.Since || c.Id.CompareTo(cursor.Id) > 0));
        var calls = await open.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(size + 1).ToListAsync(cancellationToken);
        var page = calls.Take(size).ToList();
        var ids = page.Select(c => c.CustomerId).Distinct().ToList();
        var customers = await db.Customers.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return new([.. page.Select(c => new CallListItem(c.Id, c.CustomerId, customers[c.CustomerId].Name, [.. customers[c.CustomerId].Phones],
                c.RequestNumber, c.Template, c.Reason, c.CreatedAt))],
            calls.Count > size ? new OldestFirstCursor(page[^1].CreatedAt, page[^1].Id) : null);
    }
}
