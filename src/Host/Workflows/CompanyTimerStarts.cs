using Microsoft.EntityFrameworkCore;
using Orchestrator.Designer.Flows;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Workflows;

/// <summary>
/// Flows are deployed for the whole group, so a timer start event (a monthly reading round, say) starts one instance
/// per water company, each under its company with the start variable 'companyId' that activities scope their lookups
/// by, as a request's instance has. A company with its own variant of the flow (key <c>base--code</c>) is started
/// by that variant only, and the variant starts for that company alone. A company added later is included from the
/// next due time.
/// </summary>
public sealed class CompanyTimerStarts(OrchestratorDbContext db) : ITimerStartTenants
{
    public async Task<IReadOnlyList<TenantStart>> TenantsAsync(string processKey, CancellationToken cancellationToken)
    {
        var companies = await db.Companies.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new { c.Id, c.Code }).ToListAsync(cancellationToken);
        if (FlowVariantKey.CompanyOf(processKey) is { } variantOf)
            return Starts(companies.Where(c => c.Code == variantOf).Select(c => c.Id));
        var prefix = processKey + FlowVariantKey.Separator;
        var withVariant = (await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Key.StartsWith(prefix))
            .Select(d => d.Key).Distinct().ToListAsync(cancellationToken)).Select(FlowVariantKey.CompanyOf).ToHashSet();
        return Starts(companies.Where(c => !withVariant.Contains(c.Code)).Select(c => c.Id));
    }

    private static List<TenantStart> Starts(IEnumerable<Guid> companies) =>
        [.. companies.Select(id => new TenantStart(id, new Dictionary<string, object?> { ["companyId"] = id.ToString() }))];
}
