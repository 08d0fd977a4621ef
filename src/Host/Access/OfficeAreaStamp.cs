using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Persistence.Configurations;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Access;

/// <summary>
/// Stamps the district on the task-group rows of business-office work as the engine adds them (registered after
/// the engine's <see cref="UserTaskGroupMaintenance"/>, so in the same SaveChanges and transaction): the served
/// district the account's address starts with, or <see cref="OfficeAreas.NoArea"/> when no office serves it.
/// Saves that add no office row cost nothing; those that do read the addresses (from the change tracker when the
/// request or account is saved in the same step) and the offices' districts.
/// </summary>
public sealed class OfficeAreaStamp : SaveChangesInterceptor
{
    public static readonly OfficeAreaStamp Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is OrchestratorDbContext db) StampAsync(db, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is OrchestratorDbContext db) await StampAsync(db, sync: false, cancellationToken);
        return result;
    }

    private static async Task StampAsync(OrchestratorDbContext db, bool sync, CancellationToken cancellationToken)
    {
        // The engine's interceptor has just detected changes and set the rows' states: reading them again must not
        // scan every tracked entity a second time on each step.
        await DetectedChanges.RunAsync(db, () => StampRowsAsync(db, sync, cancellationToken), detectFirst: false);
    }

    private static async Task StampRowsAsync(OrchestratorDbContext db, bool sync, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<UserTaskGroupRecord>().Where(e => e.State == EntityState.Added).ToList();
        // "No district" written as a value rather than left to the column default, which EF would read back from
        // every inserted row.
        foreach (var row in added)
        {
            var area = row.Property(OfficeAreaIndexConfiguration.Area);
            if (area.CurrentValue is null) area.CurrentValue = OfficeAreas.NoArea;
        }
        var rows = added.Where(e => e.Entity.TenantId is not null && OfficeAreas.OfficeGroups.Contains(e.Entity.Group)).ToList();
        if (rows.Count == 0) return;
        var companies = rows.Select(r => r.Entity.TenantId!.Value).Distinct().ToList();
        var offices = await ListAsync(db.Units.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.Kind == UnitKind.BusinessOffice && u.ServedAreas != "" && companies.Contains(u.CompanyId))
            .Select(u => new { u.CompanyId, u.ServedAreas }), sync, cancellationToken);
        if (offices.Count == 0) return;
        var addresses = await AddressesAsync(db, rows.Select(r => r.Entity.TaskId).ToHashSet(), sync, cancellationToken);
        foreach (var row in rows)
        {
            var districts = offices.Where(o => o.CompanyId == row.Entity.TenantId).SelectMany(o => o.ServedAreas.Split(',', StringSplitOptions.RemoveEmptyEntries));
            var area = OfficeAreas.AreaOf(addresses.GetValueOrDefault(row.Entity.TaskId), districts);
            if (area != OfficeAreas.NoArea) row.Property(OfficeAreaIndexConfiguration.Area).CurrentValue = area;
        }
    }

    /// <summary>The account address of each task's request, by task id; tasks without a request or account are left out.</summary>
    private static async Task<Dictionary<Guid, string>> AddressesAsync(OrchestratorDbContext db, HashSet<Guid> taskIds, bool sync, CancellationToken cancellationToken)
    {
        var keys = db.ChangeTracker.Entries<UserTaskRecord>().Where(e => taskIds.Contains(e.Entity.Id) && e.Entity.BusinessKey != null)
            .Select(e => (e.Entity.Id, Company: e.Entity.TenantId, Number: e.Entity.BusinessKey!)).ToList();
        var trackedRequests = db.ChangeTracker.Entries<ServiceRequest>().Select(e => e.Entity).ToList();
        var accountOf = new Dictionary<(Guid?, string), Guid?>();
        foreach (var request in trackedRequests) accountOf[(request.CompanyId, request.Number)] = request.AccountId;
        var missing = keys.Where(k => !accountOf.ContainsKey((k.Company, k.Number))).Select(k => k.Number).Distinct().ToList();
        var companies = keys.Select(k => k.Company).OfType<Guid>().Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var found in await ListAsync(db.ServiceRequests.IgnoreQueryFilters().AsNoTracking().Where(r => companies.Contains(r.CompanyId) && missing.Contains(r.Number))
                .Select(r => new { r.CompanyId, r.Number, r.AccountId }), sync, cancellationToken))
                accountOf[(found.CompanyId, found.Number)] = found.AccountId;
        }
        var accountIds = keys.Select(k => accountOf.GetValueOrDefault((k.Company, k.Number))).OfType<Guid>().ToHashSet();
        var address = db.ChangeTracker.Entries<Account>().Where(e => accountIds.Contains(e.Entity.Id)).ToDictionary(e => e.Entity.Id, e => e.Entity.Address);
        var unknown = accountIds.Where(id => !address.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            foreach (var found in await ListAsync(db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => unknown.Contains(a.Id))
                .Select(a => new { a.Id, a.Address }), sync, cancellationToken))
                address[found.Id] = found.Address;
        }
        return keys.Where(k => accountOf.GetValueOrDefault((k.Company, k.Number)) is { } account && address.ContainsKey(account))
            .ToDictionary(k => k.Id, k => address[accountOf[(k.Company, k.Number)]!.Value]);
    }

    private static async Task<List<T>> ListAsync<T>(IQueryable<T> query, bool sync, CancellationToken cancellationToken) =>
        sync ? query.ToList() : await query.ToListAsync(cancellationToken);
}
