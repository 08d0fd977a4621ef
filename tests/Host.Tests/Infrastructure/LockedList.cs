using System.Collections.ObjectModel;

namespace Orchestrator.Host.Tests.Infrastructure;

/// <summary>A list an exporter may add to from its own thread while the test reads a snapshot.</summary>
public sealed class LockedList<T> : Collection<T>
{
    public IReadOnlyList<T> Snapshot()
    {
        lock (Items) return [.. Items];
    }

    protected override void InsertItem(int index, T item)
    {
        lock (Items) base.InsertItem(index, item);
    }

    protected override void ClearItems()
    {
        lock (Items) base.ClearItems();
    }
}
