using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// The live states of the instances this node's steps committed last (a singleton), so the next step on such an
/// instance skips reading its state JSON back. An entry is used only while the stored row holds exactly the JSON
/// it was committed as: a change by another node, a rolled-back outer transaction or any other writer shows as
/// different text, and the state is then read from the row as usual. An entry is taken, never shared, so two
/// steps never work on one state object. Finished instances are not kept, and at most <see cref="Capacity"/>
/// others are (the oldest entry makes room), so memory stays bounded whatever the number of open instances.
/// </summary>
public sealed class InstanceStateCache
{
    public const int Capacity = 1_024;

    private readonly Dictionary<Guid, Entry> _states = [];
    private readonly Queue<Guid> _order = new();

    private sealed record Entry(string StateJson, string VariablesJson, InstanceState State);

    /// <summary>The committed state of <paramref name="record"/> if this node holds it and the row is unchanged since.</summary>
    internal InstanceState? Take(WorkflowInstanceRecord record)
    {
        lock (_states)
            return _states.Remove(record.Id, out var entry)
                && string.Equals(entry.StateJson, record.StateJson, StringComparison.Ordinal)
                && string.Equals(entry.VariablesJson, record.VariablesJson, StringComparison.Ordinal)
                    ? entry.State
                    : null;
    }

    /// <summary>Remembers the state a step has just committed as <paramref name="record"/>'s JSON.</summary>
    internal void Keep(WorkflowInstanceRecord record, InstanceState state)
    {
        lock (_states)
        {
            if (state.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
            {
                _states.Remove(record.Id);
                return;
            }
            if (_states.TryAdd(record.Id, new Entry(record.StateJson, record.VariablesJson, state)))
                _order.Enqueue(record.Id);
            else
                _states[record.Id] = new Entry(record.StateJson, record.VariablesJson, state);
            while (_states.Count > Capacity && _order.TryDequeue(out var oldest))
                _states.Remove(oldest);
            if (_order.Count > 4 * Capacity)
                Compact();
        }
    }

    /// <summary>Drops the ids of entries taken since they were queued, so the queue stays as bounded as the entries.</summary>
    private void Compact()
    {
        var live = _order.Where(_states.ContainsKey).Distinct().ToList();
        _order.Clear();
        foreach (var id in live)
            _order.Enqueue(id);
    }
}
