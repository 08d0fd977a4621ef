using System.Collections.Concurrent;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>Parsed process graphs per deployed definition version; versions never change, so they are cached for good.</summary>
public sealed class ProcessModelCache(BpmnParser parser)
{
    private readonly ConcurrentDictionary<Guid, ProcessGraph> _graphs = new();

    public ProcessGraph Get(WorkflowDefinitionRecord definition) => _graphs.GetOrAdd(definition.Id, _ =>
    {
        var parsed = parser.Parse(definition.Xml);
        var process = parsed.Definitions?.FindProcess(definition.Key)
            ?? throw new InvalidOperationException($"Definition {definition.Key} v{definition.Version} no longer parses.");
        return new ProcessGraph(parsed.Definitions, process);
    });
}
