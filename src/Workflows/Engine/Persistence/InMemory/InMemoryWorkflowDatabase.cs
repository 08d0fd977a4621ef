using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Persistence.InMemory;

/// <summary>
/// The committed rows of the in-memory store (a singleton). Readers get copies, never live rows. Rows are kept
/// by id in one table per record type, so a query reads only the rows of its own type (and a row is held once).
/// Open instances are kept whole; of the finished ones only the last <see cref="FinishedInstancesKept"/> are, with
/// every row that names them (tasks, history, timers, subscriptions, incidents): older ones are dropped, so a
/// long-running test host or benchmark holds a bounded number of rows instead of every row ever written.
/// </summary>
public sealed class InMemoryWorkflowDatabase
{
    private readonly Dictionary<Type, Dictionary<Guid, WorkflowRecord>> _tables = [];
    private readonly Dictionary<Guid, List<(Type Table, Guid Id)>> _rowsOfInstance = [];
    private readonly Queue<Guid> _finished = new();

    /// <summary>How many finished instances keep their rows (the most recently finished ones).</summary>
    public int FinishedInstancesKept { get; init; } = 100;

    internal object Gate { get; } = new();

    internal T? Find<T>(Guid id) where T : WorkflowRecord
    {
        lock (Gate)
        {
            if (!typeof(T).IsAbstract)
                return _tables.TryGetValue(typeof(T), out var table) && table.TryGetValue(id, out var row) ? (T)row.Copy() : null;
            foreach (var (type, rows) in _tables)
                if (type.IsAssignableTo(typeof(T)) && rows.TryGetValue(id, out var row))
                    return (T)row.Copy();
            return null;
        }
    }

    internal List<T> All<T>(Func<T, bool> predicate) where T : WorkflowRecord
    {
        lock (Gate)
        {
            var found = new List<T>();
            foreach (var (type, rows) in _tables)
                if (type.IsAssignableTo(typeof(T)))
                    foreach (var row in rows.Values)
                        if (predicate((T)row))
                            found.Add((T)row.Copy());
            return found;
        }
    }

    /// <summary>Commits the staged rows at once, or throws if a revisioned row changed since it was read.</summary>
    internal void Commit(IReadOnlyCollection<WorkflowRecord> added, IReadOnlyCollection<(WorkflowRecord Row, long? ReadRevision)> updated)
    {
        lock (Gate)
        {
            foreach (var (row, readRevision) in updated)
                if (row is IRevisioned && readRevision is not null
                    && (!TableOf(row).TryGetValue(row.Id, out var current) || ((IRevisioned)current).Revision != readRevision))
                    throw new WorkflowConflictException($"{row.GetType().Name} {row.Id} was changed by someone else; reload and try again.");
            foreach (var row in added)
                Store(row.Copy());
            foreach (var (row, _) in updated)
                Store(row.Copy());
            while (_finished.Count > FinishedInstancesKept)
                Drop(_finished.Dequeue());
        }
    }

    private void Store(WorkflowRecord row)
    {
        var table = TableOf(row);
        table.TryGetValue(row.Id, out var before);
        table[row.Id] = row;
        if (before is null && InstanceOf(row) is { } instanceId)
            RowsOf(instanceId).Add((row.GetType(), row.Id));
        if (row is WorkflowInstanceRecord { EndedAt: not null } && before is not WorkflowInstanceRecord { EndedAt: not null })
            _finished.Enqueue(row.Id);
    }

    /// <summary>Removes a finished instance's row and every row that names it.</summary>
    private void Drop(Guid instanceId)
    {
        if (_tables.TryGetValue(typeof(WorkflowInstanceRecord), out var instances))
            instances.Remove(instanceId);
        if (!_rowsOfInstance.Remove(instanceId, out var rows))
            return;
        foreach (var (table, id) in rows)
            if (_tables.TryGetValue(table, out var stored))
                stored.Remove(id);
    }

    private List<(Type Table, Guid Id)> RowsOf(Guid instanceId)
    {
        if (!_rowsOfInstance.TryGetValue(instanceId, out var rows))
            _rowsOfInstance[instanceId] = rows = [];
        return rows;
    }

    private static Guid? InstanceOf(WorkflowRecord row) => row switch
    {
        HistoryRecord h => h.InstanceId,
        UserTaskRecord t => t.InstanceId,
        TimerRecord t when t.InstanceId != Guid.Empty => t.InstanceId,
        MessageSubscriptionRecord s => s.InstanceId,
        SignalSubscriptionRecord s => s.InstanceId,
        IncidentRecord i => i.InstanceId,
        _ => null,
    };

    private Dictionary<Guid, WorkflowRecord> TableOf(WorkflowRecord row)
    {
        if (!_tables.TryGetValue(row.GetType(), out var table))
            _tables[row.GetType()] = table = [];
        return table;
    }
}
