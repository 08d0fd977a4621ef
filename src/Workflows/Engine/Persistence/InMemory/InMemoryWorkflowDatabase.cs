using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Persistence.InMemory;

/// <summary>
/// The committed rows of the in-memory store (a singleton). Readers get copies, never live rows. Rows are kept
/// by id in one table per record type, so a query reads only the rows of its own type (and a row is held once).
/// </summary>
public sealed class InMemoryWorkflowDatabase
{
    private readonly Dictionary<Type, Dictionary<Guid, WorkflowRecord>> _tables = [];

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
            return _tables.Where(t => t.Key.IsAssignableTo(typeof(T)))
                .SelectMany(t => t.Value.Values).Cast<T>().Where(predicate).Select(r => (T)r.Copy()).ToList();
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
        }
    }

    private void Store(WorkflowRecord row) => TableOf(row)[row.Id] = row;

    private Dictionary<Guid, WorkflowRecord> TableOf(WorkflowRecord row)
    {
        if (!_tables.TryGetValue(row.GetType(), out var table))
            _tables[row.GetType()] = table = [];
        return table;
    }
}
