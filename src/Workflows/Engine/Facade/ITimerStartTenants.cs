namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Whom a timer start event of a group-wide definition (one deployed without a tenant) starts instances for: one
/// instance per entry, under its tenant with its start variables; an empty list starts none this time (the next
/// repetition is still scheduled). The default, for an engine without companies, is one instance without a tenant.
/// </summary>
public interface ITimerStartTenants
{
    Task<IReadOnlyList<TenantStart>> TenantsAsync(string processKey, CancellationToken cancellationToken);
}

/// <summary>One instance a group-wide timer start starts: its tenant (null: none) and its start variables.</summary>
public sealed record TenantStart(Guid? TenantId, IReadOnlyDictionary<string, object?> Variables);

/// <summary>No companies: a group-wide timer start starts one instance without a tenant.</summary>
public sealed class NoTimerStartTenants : ITimerStartTenants
{
    public Task<IReadOnlyList<TenantStart>> TenantsAsync(string processKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TenantStart>>([new TenantStart(null, new Dictionary<string, object?>())]);
}
