namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Whom a timer start event of a group-wide definition (one deployed without a tenant) starts instances for: one
/// instance per tenant the Host names, each under that tenant with the start variables given for it. No tenants
/// (the default, an engine without companies) starts a single instance without a tenant.
/// </summary>
public interface ITimerStartTenants
{
    Task<IReadOnlyList<TenantStart>> TenantsAsync(string processKey, CancellationToken cancellationToken);
}

/// <summary>One tenant a group-wide timer start starts an instance for, and that instance's start variables.</summary>
public sealed record TenantStart(Guid TenantId, IReadOnlyDictionary<string, object?> Variables);

/// <summary>No tenants: a group-wide timer start starts one instance without a tenant.</summary>
public sealed class NoTimerStartTenants : ITimerStartTenants
{
    public Task<IReadOnlyList<TenantStart>> TenantsAsync(string processKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TenantStart>>([]);
}
