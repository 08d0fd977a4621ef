namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>What an activity sees of the process: its inputs, headers, the instance and the step's services.</summary>
public sealed class ActivityContext
{
    private readonly List<OutboxItem> _outboxItems = [];

    public required Guid InstanceId { get; init; }

    /// <summary>The tenant the instance belongs to (null for an instance started without one).</summary>
    public Guid? TenantId { get; init; }
    public required string ProcessKey { get; init; }
    public string? BusinessKey { get; init; }
    public required string ElementId { get; init; }

    /// <summary>The task's input variables after <c>zeebe:ioMapping</c> (all visible variables when unmapped).</summary>
    public required IReadOnlyDictionary<string, object?> Inputs { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Every variable visible from the task, read-only.</summary>
    public required IReadOnlyDictionary<string, object?> Variables { get; init; }

    /// <summary>The step's scoped services: the same DbContext the engine commits with.</summary>
    public required IServiceProvider Services { get; init; }

    public CancellationToken CancellationToken { get; init; }

    public IReadOnlyList<OutboxItem> OutboxItems => _outboxItems;

    public object? Input(string name) => Inputs.TryGetValue(name, out var value) ? value : null;

    /// <summary>Work that leaves the process (an email, say), sent after the step commits.</summary>
    public void AddOutboxItem(string kind, object payload) => _outboxItems.Add(new OutboxItem(kind, payload));
}
