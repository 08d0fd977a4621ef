using Microsoft.EntityFrameworkCore;
using Orchestrator.Designer.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Designer.Live;

/// <summary>Where the open work of a flow stands, from the inbox (wf_user_tasks), across all its versions.</summary>
public sealed class FlowLoad(DesignerDatabase db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ElementLoad>> ByElementAsync(string processKey, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var tasks = await OpenTasks(processKey).Select(t => new { t.ElementId, t.DueAt }).ToListAsync(ct);
        return tasks.GroupBy(t => t.ElementId)
            .Select(g => new ElementLoad(g.Key, g.Count(), g.Count(t => t.DueAt < now)))
            .OrderBy(l => l.ElementId).ToList();
    }

    public async Task<IReadOnlyList<WaitingTask>> AtElementAsync(string processKey, string elementId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var tasks = await OpenTasks(processKey).Where(t => t.ElementId == elementId).ToListAsync(ct);
        var instanceIds = tasks.Select(t => t.InstanceId).Distinct().ToList();
        var versions = await db.Set<WorkflowInstanceRecord>()
            .Where(i => instanceIds.Contains(i.Id)).Select(i => new { i.Id, i.Version }).ToListAsync(ct);
        return tasks.OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt)
            .Select(t => new WaitingTask(t.Id, t.InstanceId, t.BusinessKey, t.Name,
                versions.FirstOrDefault(v => v.Id == t.InstanceId)?.Version ?? 0,
                string.Join(", ", t.CandidateGroupList()), t.Assignee, t.CreatedAt, t.DueAt, t.DueAt < now))
            .ToList();
    }

    private IQueryable<UserTaskRecord> OpenTasks(string processKey) =>
        db.UserTasks.Where(t => t.ProcessKey == processKey && t.Status == UserTaskStatus.Open);
}
