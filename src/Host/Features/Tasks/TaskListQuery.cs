using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>One page of the task API, in the inbox's order; <see cref="Next"/> is null on the last page.</summary>
public sealed record TaskListPage(IReadOnlyList<UserTaskRecord> Tasks, InboxCursor? Next);

/// <summary>
/// Open tasks for the API: only the caller's company's, and of those only the caller's inbox (a business office's
/// work only in its districts) — except for managers and administrators, who may read every unit's queue of their
/// company. Keyset-paged in the inbox's order (deadline, created, task) through <see cref="TaskKeys"/>: a group or
/// assignee reads its own index range, a whole company its open tasks' index, an instance its own few tasks; one
/// command per page (two for a business office, whose districts are read first).
/// </summary>
public sealed class TaskListQuery(OrchestratorDbContext db, OfficeAreas areas, TaskKeys index)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 200;

    public async Task<TaskListPage> PageAsync(
        StaffMember caller, Guid? instanceId, string? candidateGroup, string? assignee, InboxCursor? after, int size, CancellationToken cancellationToken)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        candidateGroup = string.IsNullOrWhiteSpace(candidateGroup) ? null : candidateGroup.Trim();
        assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        var everyUnit = caller.IsManager || caller.IsAdministrator;
        var ranges = everyUnit ? null : TaskKeys.InboxOf(caller, caller.CandidateGroups, await areas.VisibleAreasAsync(caller, cancellationToken));
        var keys = instanceId is { } instance
            ? OfInstance(caller.CompanyId, instance, ranges, candidateGroup, assignee, after, size + 1)
            : Ranged(caller, ranges, candidateGroup, assignee, after, size + 1);
        var rows = await (
                from key in keys
                join task in db.Set<UserTaskRecord>().AsNoTracking() on key.TaskId equals task.Id
                orderby key.DueAt, key.CreatedAt, key.TaskId
                select new { key.DueAt, key.CreatedAt, task })
            .ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? new InboxCursor(page[^1].DueAt, page[^1].CreatedAt, page[^1].task.Id) : null;
        return new TaskListPage([.. page.Select(r => r.task)], next);
    }

    /// <summary>Without an instance: the index ranges of the group or assignee asked for, of the caller's inbox, or the whole company.</summary>
    private IQueryable<TaskKey> Ranged(
        StaffMember caller, IReadOnlyList<TaskRange>? inbox, string? group, string? assignee, InboxCursor? after, int take)
    {
        var own = UserTaskGroupRecord.AssigneeGroup(caller.UserName);
        var person = assignee is null ? null : UserTaskGroupRecord.AssigneeGroup(assignee);
        if (inbox is null)
        {
            if (group is null && person is null) return index.CompanyWide(caller.CompanyId, after, take);
            return group is null
                ? index.In(caller.CompanyId, [new TaskRange(person!)], after, take)
                : index.In(caller.CompanyId, [new TaskRange(group)], after, take, eligible: person is null ? null : AssignedTo(assignee!));
        }
        var ranges = inbox.AsEnumerable();
        IQueryable<UserTaskRecord>? eligible = null;
        if (group is not null)
        {
            ranges = ranges.Where(r => r.Group == group || r.Group == own); // a task given to the caller may be of any group
            eligible = InGroup(db.Set<UserTaskRecord>(), caller.CompanyId, group);
        }
        if (person == own) ranges = ranges.Where(r => r.Group == own);
        else if (person is not null)
        {
            ranges = ranges.Where(r => r.Group != own);
            eligible = (eligible ?? db.Set<UserTaskRecord>()).Where(t => t.Assignee == assignee);
        }
        var chosen = ranges.ToList();
        return chosen.Count == 0 ? Nothing() : index.In(caller.CompanyId, chosen, after, take, eligible: eligible);
    }

    /// <summary>An instance's open tasks (few): found by the instance, then checked against the caller's ranges.</summary>
    private IQueryable<TaskKey> OfInstance(
        Guid company, Guid instance, IReadOnlyList<TaskRange>? inbox, string? group, string? assignee, InboxCursor? after, int take)
    {
        var tasks = db.Set<UserTaskRecord>().Where(t => t.TenantId == company && t.InstanceId == instance && t.Status == UserTaskStatus.Open);
        if (inbox is not null) tasks = index.Within(tasks, company, inbox);
        if (group is not null) tasks = InGroup(tasks, company, group);
        if (assignee is not null) tasks = tasks.Where(t => t.Assignee == assignee);
        var keys = tasks.Select(t => new TaskKey { TaskId = t.Id, DueAt = t.DueAt ?? UserTaskGroupRecord.NoDeadline, CreatedAt = t.CreatedAt });
        if (after is { } cursor)
        {
            keys = keys.Where(k => k.DueAt >= cursor.DueAt && (k.DueAt > cursor.DueAt || k.CreatedAt > cursor.CreatedAt
                || (k.CreatedAt == cursor.CreatedAt && k.TaskId.CompareTo(cursor.TaskId) > 0)));
        }
        return keys.OrderBy(k => k.DueAt).ThenBy(k => k.CreatedAt).ThenBy(k => k.TaskId).Take(take);
    }

    private IQueryable<UserTaskRecord> InGroup(IQueryable<UserTaskRecord> tasks, Guid company, string group) =>
        tasks.Where(t => db.Set<UserTaskGroupRecord>().Any(r => r.TenantId == company && r.TaskId == t.Id && r.Group == group));

    private IQueryable<UserTaskRecord> AssignedTo(string assignee) => db.Set<UserTaskRecord>().Where(t => t.Assignee == assignee);

    private IQueryable<TaskKey> Nothing() =>
        db.Set<UserTaskRecord>().Where(_ => false).Select(t => new TaskKey { TaskId = t.Id, DueAt = t.CreatedAt, CreatedAt = t.CreatedAt });
}
