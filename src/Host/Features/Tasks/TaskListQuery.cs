using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// Open tasks for the API: only the caller's company's, and of those only the caller's inbox — except for
/// managers and administrators, who may read every unit's queue of their company. Paged by creation time.
/// </summary>
public sealed class TaskListQuery(OrchestratorDbContext db, OfficeAreas areas)
{
    public const int MaxPageSize = 200;

    public async Task<IReadOnlyList<UserTaskRecord>> LoadAsync(
        StaffMember caller, Guid? instanceId, string? candidateGroup, string? assignee, int skip, int take, CancellationToken cancellationToken)
    {
        var tasks = db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.Status == UserTaskStatus.Open);
        if (!caller.IsManager && !caller.IsAdministrator)
            tasks = await areas.FilterAsync(tasks.Where(VisibleTasks.To(caller)), caller, cancellationToken);
        if (instanceId is { } instance) tasks = tasks.Where(t => t.InstanceId == instance);
        if (!string.IsNullOrWhiteSpace(candidateGroup)) tasks = tasks.Where(t => t.CandidateGroups.Contains("," + candidateGroup + ","));
        if (!string.IsNullOrWhiteSpace(assignee)) tasks = tasks.Where(t => t.Assignee == assignee);
        var rows = await tasks.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, MaxPageSize))
            .ToListAsync(cancellationToken);
        return rows;
    }
}
