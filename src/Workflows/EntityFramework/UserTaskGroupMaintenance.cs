using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// Keeps <see cref="UserTaskGroupRecord"/> rows in step with the user tasks in the same SaveChanges (so in
/// the same transaction as the step): rows for an open task's groups and assignee, none for a closed one,
/// the sort key following the deadline. What a task had before is read from the change tracker's original
/// values; a task attached without them (updated detached) has its rows read from the database instead.
/// A row already gone when it is to be removed or re-keyed is not a conflict (the rows are derived data).
/// </summary>
public sealed class UserTaskGroupMaintenance : SaveChangesInterceptor
{
    public static readonly UserTaskGroupMaintenance Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
            DetectedChanges.Run(db, () => Apply(db, Plan(db, ids => Existing(db).Where(r => ids.Contains(r.TaskId)).ToList())));
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } db) return result;
        var unknown = DetectedChanges.Run(db, () => UnknownBefore(db));
        var loaded = unknown.Count == 0 ? [] : await Existing(db).Where(r => unknown.Contains(r.TaskId)).ToListAsync(cancellationToken);
        DetectedChanges.Run(db, () => Apply(db, Plan(db, _ => loaded)), detectFirst: false); // the read above tracks nothing new
        return result;
    }


    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result) =>
        OnlyGroupRows(eventData) ? InterceptionResult.Suppress() : result;

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(OnlyGroupRows(eventData) ? InterceptionResult.Suppress() : result);

    private static bool OnlyGroupRows(ConcurrencyExceptionEventData eventData) =>
        eventData.Entries.Count > 0 && eventData.Entries.All(e => e.Entity is UserTaskGroupRecord);

    private static IQueryable<UserTaskGroupRecord> Existing(DbContext db) => db.Set<UserTaskGroupRecord>().IgnoreQueryFilters().AsNoTracking();

    private static List<EntityEntry<UserTaskRecord>> Changed(DbContext db) =>
        [.. db.ChangeTracker.Entries<UserTaskRecord>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)];

    /// <summary>Tasks marked modified whose original values are the current ones in every column: attached, not loaded.</summary>
    private static List<Guid> UnknownBefore(DbContext db) =>
        [.. Changed(db).Where(e => e.State == EntityState.Modified && e.Properties.Where(p => !p.Metadata.IsPrimaryKey()).All(p => p.IsModified)).Select(e => e.Entity.Id)];

    private static List<(UserTaskGroupRecord Row, EntityState State)> Plan(DbContext db, Func<List<Guid>, List<UserTaskGroupRecord>> load)
    {
        var changed = Changed(db);
        if (changed.Count == 0) return [];
        var unknown = UnknownBefore(db);
        var loaded = (unknown.Count == 0 ? [] : load(unknown)).ToLookup(r => r.TaskId);
        var plan = new List<(UserTaskGroupRecord, EntityState)>();
        foreach (var entry in changed)
        {
            var task = entry.Entity;
            var before = entry.State switch
            {
                EntityState.Added => [],
                _ when unknown.Contains(task.Id) => loaded[task.Id].ToList(),
                _ => Rows(task.Id, task.TenantId, Original<UserTaskStatus>(entry, nameof(UserTaskRecord.Status)),
                    Original<string>(entry, nameof(UserTaskRecord.CandidateGroups)), Original<string?>(entry, nameof(UserTaskRecord.Assignee)),
                    Original<DateTimeOffset?>(entry, nameof(UserTaskRecord.DueAt)), Original<DateTimeOffset>(entry, nameof(UserTaskRecord.CreatedAt))),
            };
            var after = entry.State == EntityState.Deleted
                ? []
                : Rows(task.Id, task.TenantId, task.Status, task.CandidateGroups, task.Assignee, task.DueAt, task.CreatedAt);
            var was = before.ToDictionary(r => r.Group);
            var now = after.ToDictionary(r => r.Group);
            plan.AddRange(was.Values.Where(r => !now.ContainsKey(r.Group)).Select(r => (r, EntityState.Deleted)));
            plan.AddRange(now.Values.Where(r => !was.ContainsKey(r.Group)).Select(r => (r, EntityState.Added)));
            plan.AddRange(now.Values.Where(r => was.TryGetValue(r.Group, out var old) && (old.DueAt != r.DueAt || old.CreatedAt != r.CreatedAt))
                .Select(r => (r, EntityState.Modified)));
        }
        return plan;
    }

    private static void Apply(DbContext db, List<(UserTaskGroupRecord Row, EntityState State)> plan)
    {
        if (plan.Count == 0) return;
        var tracked = db.ChangeTracker.Entries<UserTaskGroupRecord>().ToDictionary(e => (e.Entity.TaskId, e.Entity.Group));
        foreach (var (row, state) in plan)
        {
            if (tracked.TryGetValue((row.TaskId, row.Group), out var existing))
            {
                existing.State = EntityState.Detached;
            }
            var entry = db.Entry(row);
            entry.State = state == EntityState.Modified ? EntityState.Unchanged : state;
            if (state == EntityState.Modified)
            {
                entry.Property(r => r.DueAt).IsModified = true;
                entry.Property(r => r.CreatedAt).IsModified = true;
            }
        }
    }

    private static T Original<T>(EntityEntry<UserTaskRecord> entry, string property) => (T)entry.Property(property).OriginalValue!;

    private static List<UserTaskGroupRecord> Rows(
        Guid taskId, Guid? tenantId, UserTaskStatus status, string candidateGroups, string? assignee, DateTimeOffset? dueAt, DateTimeOffset createdAt)
    {
        if (status != UserTaskStatus.Open) return [];
        var groups = candidateGroups.Split(',', StringSplitOptions.RemoveEmptyEntries).AsEnumerable();
        if (assignee is not null) groups = groups.Append(UserTaskGroupRecord.AssigneeGroup(assignee));
        return [.. groups.Distinct().Select(group => new UserTaskGroupRecord
        {
            TaskId = taskId, TenantId = tenantId, Group = group, DueAt = UserTaskGroupRecord.SortKey(dueAt), CreatedAt = createdAt,
        })];
    }
}
