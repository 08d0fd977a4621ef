using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Workflows;

/// <summary>
/// Flows are deployed for the whole group, so a timer start event (a monthly reading round, say) starts one instance
/// per water company, each under its company with the start variable 'companyId' that activities scope their
/// lookups by, as a request's instance has. A company added later is included from the next due time.
/// </summary>
public sealed class CompanyTimerStarts(OrchestratorDbContext db) : ITimerStartTenants
{
    public async Task<IReadOnlyList<TenantStart>> TenantsAsync(string processKey, CancellationToken cancellationToken)
    {
        var companies = await db.Companies.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Code).Select(c => c.Id).ToListAsync(cancellationToken);
        return [.. companies.Select(id => new TenantStart(id, new Dictionary<string, object?> { ["companyId"] = id.ToString() }))];
    }
}
