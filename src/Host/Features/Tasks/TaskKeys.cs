using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Persistence.Configurations;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>One index range a task list reads: a group's task-group rows, narrowed to one office district when <see cref="Area"/> is set.</summary>
public sealed record TaskRange(string Group, string? Area = null);

/// <summary>A task's place in the list order (deadline, created, task).</summary>
public sealed class TaskKey
{
    public Guid TaskId { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// The keys of one page of open tasks, as SQL for the caller to join its own columns to (one command in all):
/// from the task-group index, each range giving at most one page of keys after the cursor, or for a manager's
/// whole company from the open tasks' (company, status, deadline) index. Shared by the inbox and the task API,
/// so both read the same bounded ranges in the same order.
/// </summary>
public sealed class TaskKeys(OrchestratorDbContext db)
{
    /// <summary>The ranges of a person's inbox: given to them by name, and their groups' (an office's work only in its districts).</summary>
    public static IReadOnlyList<TaskRange> InboxOf(StaffMember staff, IEnumerable<string> groups, IReadOnlyList<string>? areas)
    {
        var ranges = new List<TaskRange> { new(UserTaskGroupRecord.AssigneeGroup(staff.UserName)) };
        foreach (var group in groups)
        {
            if (areas is not null && OfficeAreas.OfficeGroups.Contains(group)) ranges.AddRange(areas.Select(area => new TaskRange(group, area)));
            else ranges.Add(new TaskRange(group));
        }
        return ranges;
    }

    /// <summary>The first <paramref name="take"/> keys after <paramref name="after"/> over the union of <paramref name="ranges"/>.</summary>
    public IQueryable<TaskKey> In(
        Guid company, IEnumerable<TaskRange> ranges, InboxCursor? after, int take, DateTimeOffset? dueBefore = null, IQueryable<UserTaskRecord>? eligible = null) =>
        ranges.Select(range => Range(company, range, after, dueBefore, eligible, take))
            .Aggregate((all, next) => all.Union(next))
            .OrderBy(k => k.DueAt).ThenBy(k => k.CreatedAt).ThenBy(k => k.TaskId)
            .Take(take);

    /// <summary>
    /// The first keys after <paramref name="after"/> of every open task of the company: tasks with a deadline and
    /// tasks without one are two ranges of the same index (providers sort missing deadlines differently).
    /// </summary>
    public IQueryable<TaskKey> CompanyWide(Guid company, InboxCursor? after, int take)
    {
        var open = db.Set<UserTaskRecord>().Where(t => t.TenantId == company && t.Status == UserTaskStatus.Open);
        var undated = open.Where(t => t.DueAt == null);
        var dated = open.Where(t => t.DueAt != null);
        if (after is { } cursor && cursor.DueAt == UserTaskGroupRecord.NoDeadline)
        {
            dated = dated.Where(_ => false);
            undated = undated.Where(t => t.CreatedAt > cursor.CreatedAt || (t.CreatedAt == cursor.CreatedAt && t.Id.CompareTo(cursor.TaskId) > 0));
        }
        else if (after is { } dueCursor)
        {
            dated = dated.Where(t => t.DueAt >= dueCursor.DueAt && (t.DueAt > dueCursor.DueAt || t.CreatedAt > dueCursor.CreatedAt
                || (t.CreatedAt == dueCursor.CreatedAt && t.Id.CompareTo(dueCursor.TaskId) > 0)));
        }
        return Keys(dated.OrderBy(t => t.DueAt).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(take))
            .Concat(Keys(undated.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(take)))
            .OrderBy(k => k.DueAt).ThenBy(k => k.CreatedAt).ThenBy(k => k.TaskId)
            .Take(take);
    }

    /// <summary>Whether one of <paramref name="ranges"/> holds the task: the visibility test of a task found another way (by instance).</summary>
    public IQueryable<UserTaskRecord> Within(IQueryable<UserTaskRecord> tasks, Guid company, IReadOnlyList<TaskRange> ranges)
    {
        var plain = ranges.Where(r => r.Area is null).Select(r => r.Group).ToList();
        var zoned = ranges.Where(r => r.Area is not null).Select(r => r.Group + "|" + r.Area).ToList();
        var rows = db.Set<UserTaskGroupRecord>().Where(r => r.TenantId == company);
        return tasks.Where(t => rows.Any(r => r.TaskId == t.Id
            && (plain.Contains(r.Group) || zoned.Contains(r.Group + "|" + EF.Property<string>(r, OfficeAreaIndexConfiguration.Area)))));
    }

    private IQueryable<TaskKey> Range(Guid company, TaskRange range, InboxCursor? after, DateTimeOffset? dueBefore, IQueryable<UserTaskRecord>? eligible, int take)
    {
        var rows = db.Set<UserTaskGroupRecord>().Where(r => r.TenantId == company && r.Group == range.Group);
        if (range.Area is { } area) rows = rows.Where(r => EF.Property<string>(r, OfficeAreaIndexConfiguration.Area) == area);
        if (after is { } cursor)
        {
            rows = rows.Where(r => r.DueAt >= cursor.DueAt && (r.DueAt > cursor.DueAt || r.CreatedAt > cursor.CreatedAt
                || (r.CreatedAt == cursor.CreatedAt && r.TaskId.CompareTo(cursor.TaskId) > 0)));
        }
        if (dueBefore is { } overdue) rows = rows.Where(r => r.DueAt < overdue);
        if (eligible is not null) rows = rows.Where(r => eligible.Any(t => t.Id == r.TaskId));
        return rows.OrderBy(r => r.DueAt).ThenBy(r => r.CreatedAt).ThenBy(r => r.TaskId).Take(take)
            .Select(r => new TaskKey { TaskId = r.TaskId, DueAt = r.DueAt, CreatedAt = r.CreatedAt });
    }

    private static IQueryable<TaskKey> Keys(IQueryable<UserTaskRecord> tasks) =>
        tasks.Select(t => new TaskKey { TaskId = t.Id, DueAt = t.DueAt ?? UserTaskGroupRecord.NoDeadline, CreatedAt = t.CreatedAt });
}
