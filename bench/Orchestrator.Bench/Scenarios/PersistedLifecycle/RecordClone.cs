using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Bench.Scenarios.PersistedLifecycle;

/// <summary>Copies an engine record's public properties onto a new record of the same type.</summary>
public static class RecordClone
{
    public static T Of<T>(T template, Action<T> change) where T : WorkflowRecord, new()
    {
        var copy = new T();
        foreach (var property in typeof(T).GetProperties().Where(p => p is { CanRead: true, CanWrite: true }))
            property.SetValue(copy, property.GetValue(template));
        change(copy);
        return copy;
    }
}
