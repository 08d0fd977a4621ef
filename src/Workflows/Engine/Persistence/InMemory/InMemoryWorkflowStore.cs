using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Persistence.InMemory;

/// <summary>A unit of work over <see cref="InMemoryWorkflowDatabase"/>, for tests and benchmarks.</summary>
public sealed class InMemoryWorkflowStore(InMemoryWorkflowDatabase database) : IWorkflowStore
{
    private readonly Dictionary<Guid, WorkflowRecord> _added = [];
    private readonly Dictionary<Guid, WorkflowRecord> _updated = [];
    private readonly Dictionary<Guid, long> _readRevisions = [];

    public Task<T?> FindAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : WorkflowRecord
    {
        if ((_added.GetValueOrDefault(id) ?? _updated.GetValueOrDefault(id)) is T staged)
            return Task.FromResult<T?>(staged);
        return Task.FromResult(Remember(database.Find<T>(id)));
    }

    public Task<WorkflowDefinitionRecord?> LatestDefinitionAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.All<WorkflowDefinitionRecord>(d => d.Key == key).MaxBy(d => d.Version));

    public Task<IReadOnlyList<WorkflowDefinitionRecord>> LatestDefinitionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkflowDefinitionRecord>>(database.All<WorkflowDefinitionRecord>(_ => true)
            .GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).ToList());

    public Task<IReadOnlyList<UserTaskRecord>> QueryUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UserTaskRecord>>(database.All<UserTaskRecord>(t =>
                (query.InstanceId is null || t.InstanceId == query.InstanceId)
                && (query.CandidateGroup is null || t.CandidateGroups.Contains($",{query.CandidateGroup},", StringComparison.Ordinal))
                && (query.Assignee is null || t.Assignee == query.Assignee)
                && (query.Status is null || t.Status == query.Status))
            .OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt).Take(query.Take)
            .Select(Remember).ToList()!);

    public Task<IReadOnlyList<TimerRecord>> PendingTimersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TimerRecord>>(database.All<TimerRecord>(t => t.Status == TimerStatus.Pending).OrderBy(t => t.DueAt).ToList());

    public Task<MessageSubscriptionRecord?> OpenSubscriptionAsync(
        string messageName, string correlationKey, Guid? tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.All<MessageSubscriptionRecord>(s => s.IsOpen && s.MessageName == messageName && s.CorrelationKey == correlationKey
            && (tenantId == null || s.TenantId == tenantId)).MinBy(s => s.CreatedAt));

    public Task<BufferedMessageRecord?> BufferedMessageAsync(
        string messageName, string correlationKey, Guid? tenantId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.All<BufferedMessageRecord>(m => m.ConsumedAt is null && m.ExpiresAt > now
            && m.MessageName == messageName && m.CorrelationKey == correlationKey
            && (tenantId == null || m.TenantId == tenantId)).MinBy(m => m.PublishedAt));

    public Task<IReadOnlyList<IncidentRecord>> OpenIncidentsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IncidentRecord>>(database.All<IncidentRecord>(i => i.InstanceId == instanceId && i.Status == IncidentStatus.Open));

    public Task<IReadOnlyList<HistoryRecord>> HistoryAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HistoryRecord>>(database.All<HistoryRecord>(h => h.InstanceId == instanceId).OrderBy(h => h.Sequence).ToList());

    public Task<IReadOnlyList<OutboxRecord>> UndispatchedOutboxAsync(int max, DateTimeOffset createdBefore, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxRecord>>(database.All<OutboxRecord>(o => o.DispatchedAt is null && o.ParkedAt is null && o.CreatedAt <= createdBefore)
            .OrderBy(o => o.CreatedAt).Take(max).ToList());

    public void Add(WorkflowRecord record) => _added[record.Id] = record;

    public void Update(WorkflowRecord record)
    {
        if (!_added.ContainsKey(record.Id))
            _updated[record.Id] = record;
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        database.Commit(_added.Values, _updated.Values.Select(r => (r, _readRevisions.TryGetValue(r.Id, out var v) ? v : (long?)null)).ToList());
        foreach (var row in _added.Values.Concat(_updated.Values).OfType<IRevisioned>())
            _readRevisions[((WorkflowRecord)row).Id] = row.Revision;
        _added.Clear();
        _updated.Clear();
        return Task.CompletedTask;
    }

    private T? Remember<T>(T? record) where T : WorkflowRecord
    {
        if (record is IRevisioned revisioned)
            _readRevisions.TryAdd(record.Id, revisioned.Revision);
        return record;
    }
}
