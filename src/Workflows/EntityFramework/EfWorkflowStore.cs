using Microsoft.EntityFrameworkCore;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// The store on the host's scoped DbContext, so one SaveChanges commits the engine's rows together with
/// the domain changes the step's activities made. Date filters and ordering run in memory after the
/// indexed filters where SQLite would have to compare <see cref="DateTimeOffset"/> columns. Definitions come from
/// <see cref="DefinitionRecordCache"/> once read, untracked.
/// </summary>
public sealed class EfWorkflowStore<TContext>(TContext db, DefinitionRecordCache definitions, CommittedRows committed) : IWorkflowStore where TContext : DbContext
{
    public async Task<T?> FindAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : WorkflowRecord =>
        typeof(T) == typeof(WorkflowDefinitionRecord)
            ? (T?)(object?)await FindDefinitionAsync(id, cancellationToken)
            : await db.Set<T>().FindAsync([id], cancellationToken);

    public async Task<UserTaskRecord?> FindTaskWithInstanceAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        if (db.Set<UserTaskRecord>().Local.FindEntry(taskId) is { } tracked)
            return tracked.Entity;
        // Both rows come back tracked, so the step's FindAsync of the instance is answered without a query.
        var pair = await db.Set<UserTaskRecord>().Where(t => t.Id == taskId)
            .Join(db.Set<WorkflowInstanceRecord>(), t => t.InstanceId, i => i.Id, (t, i) => new { Task = t, Instance = i })
            .FirstOrDefaultAsync(cancellationToken);
        return pair?.Task ?? await db.Set<UserTaskRecord>().FindAsync([taskId], cancellationToken);
    }

    public UserTaskRecord? AttachCommittedTask(Guid taskId)
    {
        // Only into an empty unit of work: should the guess fail, clearing it must not drop anything of the caller's.
        if (db.ChangeTracker.Entries().Any() || committed.TakeTaskWithInstance(taskId) is not { } copy)
            return null;
        db.Attach(copy.Instance);
        db.Attach(copy.Task);
        return copy.Task;
    }

    public void DiscardUnitOfWork() => db.ChangeTracker.Clear();

    public async ValueTask<IAsyncDisposable> HoldConnectionAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
            return Engine.Persistence.NoConnection.Instance;
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new HeldConnection(db);
    }

    public async Task<WorkflowDefinitionRecord?> LatestDefinitionAsync(string key, CancellationToken cancellationToken = default)
    {
        var id = await LatestIdAsync(key, cancellationToken);
        return id is null ? null : await FindDefinitionAsync(id.Value, cancellationToken);
    }

    public async Task<WorkflowDefinitionRecord?> CurrentDefinitionAsync(string key, CancellationToken cancellationToken = default)
    {
        if (definitions.FreshLatest(key) is { } known)
            return await FindDefinitionAsync(known, cancellationToken);
        var before = definitions.BeforeRead();
        var id = await LatestIdAsync(key, cancellationToken);
        if (id is null) return null;
        var definition = await FindDefinitionAsync(id.Value, cancellationToken);
        if (definitions.TryGet(id.Value, out _)) definitions.RememberLatest(key, id.Value, before); // not one staged in this unit of work
        return definition;
    }

    private Task<Guid?> LatestIdAsync(string key, CancellationToken cancellationToken) =>
        db.Set<WorkflowDefinitionRecord>().Where(d => d.Key == key).OrderByDescending(d => d.Version)
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<WorkflowDefinitionRecord?> FindDefinitionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (definitions.TryGet(id, out var cached))
            return cached;
        if (db.Set<WorkflowDefinitionRecord>().Local.FindEntry(id) is { } staged)
            return staged.Entity; // deployed in this unit of work, not committed yet: not cached
        var stored = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return stored is null ? null : definitions.Remember(stored);
    }

    public async Task<IReadOnlyList<WorkflowDefinitionRecord>> LatestDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().ToListAsync(cancellationToken);
        return all.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).ToList();
    }

    public async Task<IReadOnlyList<UserTaskRecord>> QueryUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken = default)
    {
        var tasks = db.Set<UserTaskRecord>().AsQueryable();
        if (query.InstanceId is { } instanceId)
            tasks = tasks.Where(t => t.InstanceId == instanceId);
        if (query.CandidateGroup is { } group)
            tasks = tasks.Where(t => t.CandidateGroups.Contains("," + group + ","));
        if (query.Assignee is { } assignee)
            tasks = tasks.Where(t => t.Assignee == assignee);
        if (query.Status is { } status)
            tasks = tasks.Where(t => t.Status == status);
        if (CanOrderDatesInSql)
        {
            // PostgreSQL sorts nulls last already, which lets it read the page from the open-task deadline index.
            var byDeadline = db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL"
                ? tasks.OrderBy(t => t.DueAt)
                : tasks.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt);
            return await byDeadline.ThenBy(t => t.CreatedAt).Take(query.Take).ToListAsync(cancellationToken);
        }
        var found = await tasks.ToListAsync(cancellationToken);
        return found.OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt).Take(query.Take).ToList();
    }

    /// <summary>
    /// Whether the page can be sorted and cut in SQL: everywhere but on SQLite with dates stored as
    /// <see cref="DateTimeOffset"/> text (a host that stores them as ticks, as the Orchestrator Host does, can).
    /// Sorting in memory loads every matching task first.
    /// </summary>
    private bool CanOrderDatesInSql => DatesComparableInSql<UserTaskRecord>(nameof(UserTaskRecord.DueAt));

    private bool DatesComparableInSql<T>(string property) =>
        db.Database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite"
        || db.Model.FindEntityType(typeof(T))?.FindProperty(property)?.GetTypeMapping().Converter is not null;

    public async Task<IReadOnlyList<TimerRecord>> PendingTimersAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<TimerRecord>().AsNoTracking().Where(t => t.Status == TimerStatus.Pending).ToListAsync(cancellationToken))
        .OrderBy(t => t.DueAt).ToList();

    public async Task<IReadOnlyList<TimerRecord>> PendingStartTimersAsync(IReadOnlyCollection<Guid> definitionIds, CancellationToken cancellationToken = default) =>
        await db.Set<TimerRecord>().Where(t => t.Status == TimerStatus.Pending && t.DefinitionId != null && definitionIds.Contains(t.DefinitionId.Value))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WorkflowDefinitionRecord>> DefinitionVersionsAsync(string key, CancellationToken cancellationToken = default) =>
        await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Key == key).OrderBy(d => d.Version).ToListAsync(cancellationToken);

    public async Task<MessageSubscriptionRecord?> OpenSubscriptionAsync(
        string messageName, string correlationKey, Guid? tenantId, CancellationToken cancellationToken = default) =>
        (await db.Set<MessageSubscriptionRecord>()
            .Where(s => s.IsOpen && s.MessageName == messageName && s.CorrelationKey == correlationKey)
            .Where(s => tenantId == null || s.TenantId == tenantId)
            .ToListAsync(cancellationToken)).MinBy(s => s.CreatedAt);

    public async Task<MessageSubscriptionRecord?> OpenSubscriptionInAsync(string messageName, IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken = default) =>
        (await db.Set<MessageSubscriptionRecord>().Where(s => s.IsOpen && s.MessageName == messageName && instanceIds.Contains(s.InstanceId))
            .ToListAsync(cancellationToken)).MinBy(s => s.CreatedAt);

    public async Task<IReadOnlyList<Guid>> OpenInstanceIdsAsync(string businessKey, Guid? tenantId, CancellationToken cancellationToken = default) =>
        (await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.BusinessKey == businessKey && i.EndedAt == null)
            .Where(i => tenantId == null || i.TenantId == tenantId)
            .Select(i => new { i.Id, i.StartedAt }).ToListAsync(cancellationToken))
        .OrderBy(i => i.StartedAt).Select(i => i.Id).ToList();

    public async Task<IReadOnlyList<SignalSubscriptionRecord>> OpenSignalSubscriptionsAsync(string signalName, Guid? tenantId, CancellationToken cancellationToken = default) =>
        (await db.Set<SignalSubscriptionRecord>().Where(s => s.IsOpen && s.SignalName == signalName && s.TenantId == tenantId)
            .ToListAsync(cancellationToken)).OrderBy(s => s.CreatedAt).ToList();

    public async Task<BufferedMessageRecord?> BufferedMessageAsync(
        string messageName, string correlationKey, Guid? tenantId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await db.Set<BufferedMessageRecord>()
            .Where(m => m.ConsumedAt == null && m.MessageName == messageName && m.CorrelationKey == correlationKey)
            .Where(m => tenantId == null || m.TenantId == tenantId)
            .ToListAsync(cancellationToken)).Where(m => m.ExpiresAt > now).MinBy(m => m.PublishedAt);

    public async Task<IReadOnlyList<IncidentRecord>> OpenIncidentsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        await db.Set<IncidentRecord>().Where(i => i.InstanceId == instanceId && i.Status == IncidentStatus.Open).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<HistoryRecord>> HistoryAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        await db.Set<HistoryRecord>().AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Sequence).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OutboxRecord>> UndispatchedOutboxAsync(int max, DateTimeOffset createdBefore, CancellationToken cancellationToken = default)
    {
        var waiting = db.Set<OutboxRecord>().Where(o => o.DispatchedAt == null && o.ParkedAt == null);
        if (DatesComparableInSql<OutboxRecord>(nameof(OutboxRecord.CreatedAt)))
            return await waiting.Where(o => o.CreatedAt <= createdBefore).OrderBy(o => o.CreatedAt).Take(max).ToListAsync(cancellationToken);
        return (await waiting.ToListAsync(cancellationToken)).Where(o => o.CreatedAt <= createdBefore).OrderBy(o => o.CreatedAt).Take(max).ToList();
    }

    // Engine records have no navigations: their entries are set directly, without walking a graph or detecting
    // changes of the record first (SaveChanges detects them once).
    public void Add(WorkflowRecord record) => EntryOf(record).State = EntityState.Added;

    public IStoreCheckpoint Checkpoint() => new EfChangeCheckpoint(db);

    public void Update(WorkflowRecord record)
    {
        var entry = EntryOf(record);
        if (entry.State == EntityState.Detached)
            entry.State = EntityState.Modified;
    }

    private Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry EntryOf(WorkflowRecord record) =>
        DetectedChanges.Run(db, () => db.Entry((object)record), detectFirst: false);

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // Changes are detected once here; the interceptors and SaveChanges itself would otherwise each scan every
            // tracked entity again (the interceptors only set entry states, which needs no detection).
            await DetectedChanges.RunAsync(db, () => db.SaveChangesAsync(cancellationToken));
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear(); // the failed step's rows must not ride along with the next save of this unit of work
            throw new WorkflowConflictException("The workflow instance or task was changed by someone else; reload and try again.", ex);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}

/// <summary>Closes the connection <see cref="EfWorkflowStore{TContext}.HoldConnectionAsync"/> opened.</summary>
internal sealed class HeldConnection(DbContext db) : IAsyncDisposable
{
    private bool _released;

    /// <summary>Closes the connection once; the runtime gives it back right after commit, the caller's using again later.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_released) return;
        _released = true;
        await db.Database.CloseConnectionAsync();
    }
}
