using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Exceptions;

/// <summary>
/// Whether completing a task stopped its request at a failed step, so the person who completed it is told at
/// once with the reason rather than finding the request stuck later.
/// </summary>
public sealed class IncidentsRaised(OrchestratorDbContext db, OpenIncidentsQuery incidents, TimeProvider clock)
{
    /// <summary>Runs <paramref name="complete"/> and returns the incident it raised on the task's request, if any.</summary>
    public async Task<OpenIncident?> ByCompletingAsync(Guid taskId, Func<Task> complete, CancellationToken cancellationToken = default)
    {
        var businessKey = await db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.Id == taskId).Select(t => t.BusinessKey).FirstOrDefaultAsync(cancellationToken);
        var before = clock.GetUtcNow();
        await complete();
        if (businessKey is null) return null;
        return (await incidents.OfRequestAsync(businessKey, cancellationToken)).Where(i => i.Since >= before).OrderBy(i => i.Since).FirstOrDefault();
    }
}
