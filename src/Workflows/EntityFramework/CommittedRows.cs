using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// Copies of the open user tasks and running instances as this node's saves last wrote them (a singleton), so a
/// step completing such a task can attach them instead of reading them back. A copy is only ever a guess: the
/// step's UPDATEs carry the copy's <see cref="IRevisioned.Revision"/>, so if anyone changed the row since (another
/// node, a rolled-back transaction) the save matches no row, nothing is written, and the step runs again from a
/// fresh read. A copy is taken, never shared; at most <see cref="Capacity"/> of each kind are held, the oldest
/// making room, so memory stays bounded whatever the number of open instances.
/// </summary>
public sealed class CommittedRows
{
    public const int Capacity = 1_024;

    private readonly Bounded<UserTaskRecord> _tasks = new();
    private readonly Bounded<WorkflowInstanceRecord> _instances = new();

    /// <summary>The task and its instance as last saved here, both removed from the cache; null unless both are held.</summary>
    public (UserTaskRecord Task, WorkflowInstanceRecord Instance)? TakeTaskWithInstance(Guid taskId)
    {
        if (_tasks.Take(taskId) is not { } task) return null;
        return _instances.Take(task.InstanceId) is { } instance ? (task, instance) : null;
    }

    /// <summary>Remembers a copy of a row a save has just written, or forgets it once it is closed.</summary>
    internal void Saved(WorkflowRecord record)
    {
        switch (record)
        {
            case UserTaskRecord { Status: UserTaskStatus.Open } task: _tasks.Keep((UserTaskRecord)task.Copy()); break;
            case UserTaskRecord task: _tasks.Take(task.Id); break;
            case WorkflowInstanceRecord { EndedAt: null } instance: _instances.Keep((WorkflowInstanceRecord)instance.Copy()); break;
            case WorkflowInstanceRecord instance: _instances.Take(instance.Id); break;
        }
    }

    /// <summary>Forgets a row whose save did not (or not yet) commit.</summary>
    internal void Forget(WorkflowRecord record)
    {
        if (record is UserTaskRecord) _tasks.Take(record.Id);
        else if (record is WorkflowInstanceRecord) _instances.Take(record.Id);
    }

    private sealed class Bounded<T> where T : WorkflowRecord
    {
        private readonly Dictionary<Guid, T> _rows = [];
        private readonly Queue<Guid> _order = new();

        public T? Take(Guid id)
        {
            lock (_rows) return _rows.Remove(id, out var row) ? row : null;
        }

        public void Keep(T row)
        {
            lock (_rows)
            {
                if (_rows.TryAdd(row.Id, row)) _order.Enqueue(row.Id);
                else _rows[row.Id] = row;
                while (_rows.Count > Capacity && _order.TryDequeue(out var oldest)) _rows.Remove(oldest);
                if (_order.Count > 4 * Capacity) Compact();
            }
        }

        /// <summary>Drops the ids of rows taken since they were queued, so the queue stays as bounded as the rows.</summary>
        private void Compact()
        {
            var live = _order.Where(_rows.ContainsKey).Distinct().ToList();
            _order.Clear();
            foreach (var id in live) _order.Enqueue(id);
        }
    }
}
