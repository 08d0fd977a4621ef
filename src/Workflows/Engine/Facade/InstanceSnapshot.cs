using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>What a person or an API client sees of an instance.</summary>
public sealed record InstanceSnapshot(
    Guid Id,
    string ProcessKey,
    int Version,
    string? BusinessKey,
    WorkflowInstanceStatus Status,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<string> ActiveElementIds,
    IReadOnlyList<IncidentRecord> Incidents,
    long Revision);
