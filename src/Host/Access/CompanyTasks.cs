using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Access;

/// <summary>
/// A task of the caller's company, the request it works on (null for a flow started without one) and, for
/// business-office work, the offices serving the request's account area (empty: every office).
/// </summary>
public sealed record CompanyTask(UserTaskRecord Task, ServiceRequest? Request, IReadOnlySet<Guid> ServingOffices);

/// <summary>
/// Finds engine records through the company-scoped DbContext (engine rows carry their company as TenantId):
/// another company's task or instance is simply not found, so every command answers it with 404 and never
/// reveals that it exists.
/// </summary>
public sealed class CompanyTasks(OrchestratorDbContext db, OfficeAreas areas)
{
    private static readonly IReadOnlySet<Guid> EveryOffice = new HashSet<Guid>();

    public async Task<CompanyTask?> FindAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.Set<UserTaskRecord>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null) return null;
        var request = await RequestOfAsync(task.BusinessKey, cancellationToken);
        var address = OfficeAreas.IsOfficeTask(task) && request?.AccountId is { } accountId
            ? await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Address).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new CompanyTask(task, request, address is null ? EveryOffice : await areas.ServingAsync(address, cancellationToken));
    }

    public Task<WorkflowInstanceRecord?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);

    /// <summary>The request a business key names, if it is one of the caller's company.</summary>
    public async Task<ServiceRequest?> RequestOfAsync(string? businessKey, CancellationToken cancellationToken) =>
        businessKey is null ? null : await db.ServiceRequests.SingleOrDefaultAsync(r => r.Number == businessKey, cancellationToken);
}
