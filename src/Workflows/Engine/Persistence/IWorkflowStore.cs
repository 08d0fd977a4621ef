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

    Task<WorkflowDefinitionRecord?> LatestDefinitionAsync(string key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkflowDefinitionRecord>> LatestDefinitionsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserTaskRecord>> QueryUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TimerRecord>> PendingTimersAsync(CancellationToken cancellationToken = default);

    /// <summary>The oldest open subscription; with a tenant, that tenant's only.</summary>
    Task<MessageSubscriptionRecord?> OpenSubscriptionAsync(string messageName, string correlationKey, Guid? tenantId, CancellationToken cancellationToken = default);

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
