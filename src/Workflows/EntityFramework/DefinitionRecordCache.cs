using System.Collections.Concurrent;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// Deployed process versions by id (one per version, never changed once deployed: a change is a new version), so
/// a step reads its instance's definition, XML and all, from the database once per process version and node.
/// The records held here are not tracked by any DbContext.
/// </summary>
public sealed class DefinitionRecordCache
{
    private readonly ConcurrentDictionary<Guid, WorkflowDefinitionRecord> _byId = new();

    public bool TryGet(Guid id, out WorkflowDefinitionRecord definition) => _byId.TryGetValue(id, out definition!);

    public WorkflowDefinitionRecord Remember(WorkflowDefinitionRecord definition) => _byId.GetOrAdd(definition.Id, definition);
}
