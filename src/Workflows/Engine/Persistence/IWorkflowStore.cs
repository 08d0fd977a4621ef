using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Persistence;

/// <summary>
/// Where the engine keeps its rows. Reads see committed data (and rows added in this unit of work when
/// looked up by id); <see cref="Add"/> and <see cref="Update"/> are staged until <see cref="SaveChangesAsync"/>,
/// which commits all of them or, on a concurrency conflict, none (<see cref="WorkflowConflictException"/>).
/// </summary>
public interface IWorkflowStore
{
    Task<T?> FindAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : WorkflowRecord;

    /// <summary>
    /// The task, with its instance read in the same query where the store can, so that a step completing it finds
    /// the instance without reading again.
    /// </summary>
    Task<UserTaskRecord?> FindTaskWithInstanceAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        FindAsync<UserTaskRecord>(taskId, cancellationToken);

    /// <summary>
    /// Keeps the store's database connection open until the result is disposed, so the reads and the commit of one
    /// step share one connection instead of taking one from the pool per call. Nothing to do for stores without one.
    /// </summary>
    ValueTask<IAsyncDisposable> HoldConnectionAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IAsyncDisposable>(NoConnection.Instance);

    Task<WorkflowDefinitionRecord?> LatestDefinitionAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// The version new instances of <paramref name="key"/> start on: the latest, though a store may answer from a
    /// short-lived cache and so miss, for a few seconds, a version deployed through another node.
    /// </summary>
    Task<WorkflowDefinitionRecord?> CurrentDefinitionAsync(string key, CancellationToken cancellationToken = default) =>
        LatestDefinitionAsync(key, cancellationToken);

    /// <summary>
    /// The open task and its instance as this node last committed them, attached to an empty unit of work without
    /// a read; null when the store holds no such copy. The copy may be behind the database: a save of a step built
    /// on it then fails with <see cref="WorkflowConflictException"/>, and the caller discards the unit of work
    /// (<see cref="DiscardUnitOfWork"/>) and reads.
    /// </summary>
    UserTaskRecord? AttachCommittedTask(Guid taskId) => null;

    /// <summary>Drops every staged change and attached row of the unit of work.</summary>
    void DiscardUnitOfWork() { }

    Task<IReadOnlyList<WorkflowDefinitionRecord>> LatestDefinitionsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserTaskRecord>> QueryUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TimerRecord>> PendingTimersAsync(CancellationToken cancellationToken = default);

    /// <summary>The pending timers of the start events of these process versions.</summary>
    Task<IReadOnlyList<TimerRecord>> PendingStartTimersAsync(IReadOnlyCollection<Guid> definitionIds, CancellationToken cancellationToken = default);

    /// <summary>Every version of <paramref name="key"/>, oldest first.</summary>
    Task<IReadOnlyList<WorkflowDefinitionRecord>> DefinitionVersionsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The oldest open subscription; with a tenant, that tenant's only.</summary>
    Task<MessageSubscriptionRecord?> OpenSubscriptionAsync(string messageName, string correlationKey, Guid? tenantId, CancellationToken cancellationToken = default);

    /// <summary>The oldest open subscription to <paramref name="messageName"/> in one of <paramref name="instanceIds"/>, whatever its key.</summary>
    Task<MessageSubscriptionRecord?> OpenSubscriptionInAsync(string messageName, IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken = default);

    /// <summary>The instances with <paramref name="businessKey"/> that have not ended, oldest first; with a tenant, that tenant's only.</summary>
    Task<IReadOnlyList<Guid>> OpenInstanceIdsAsync(string businessKey, Guid? tenantId, CancellationToken cancellationToken = default);

    /// <summary>Every open signal subscription of <paramref name="signalName"/> of exactly this tenant (null: instances without one).</summary>
    Task<IReadOnlyList<SignalSubscriptionRecord>> OpenSignalSubscriptionsAsync(string signalName, Guid? tenantId, CancellationToken cancellationToken = default);

    /// <summary>The oldest unexpired buffered message; with a tenant, that tenant's only.</summary>
    Task<BufferedMessageRecord?> BufferedMessageAsync(
        string messageName, string correlationKey, Guid? tenantId, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IncidentRecord>> OpenIncidentsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<HistoryRecord>> HistoryAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of rows neither dispatched nor parked, created no later than <paramref name="createdBefore"/>, oldest
    /// first: read in the database, never the whole backlog.
    /// </summary>
    Task<IReadOnlyList<OutboxRecord>> UndispatchedOutboxAsync(int max, DateTimeOffset createdBefore, CancellationToken cancellationToken = default);

    void Add(WorkflowRecord record);

    void Update(WorkflowRecord record);

    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Remembers the staged changes so a failing activity's own changes can be undone.</summary>
    IStoreCheckpoint Checkpoint() => NothingToRevert.Instance;
}

/// <summary>What <see cref="IWorkflowStore.HoldConnectionAsync"/> returns for a store without a connection.</summary>
public sealed class NoConnection : IAsyncDisposable
{
    public static readonly NoConnection Instance = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
