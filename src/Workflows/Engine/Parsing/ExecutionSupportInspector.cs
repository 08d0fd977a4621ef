using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>
/// Lists the elements the engine reads but cannot execute, as (element id, kind, sentence). They are
/// warnings on import; the validator turns them into errors for executable processes.
/// </summary>
internal static class ExecutionSupportInspector
{
    public static IEnumerable<BpmnDiagnostic> Inspect(BpmnDefinitions definitions) =>
        definitions.Processes.SelectMany(process => process.Content.AllNodes()
            .Select(node => (node, reason: UnsupportedReason(node)))
            .Where(x => x.reason is not null)
            .Select(x => new BpmnDiagnostic(process.Id, x.node.Id, ElementName(x.node.Kind), x.reason!,
                DiagnosticSeverity.Warning)));

    public static string ElementName(FlowNodeKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string? UnsupportedReason(FlowNode node)
    {
        if (node.HasStandardLoop)
            return $"{node.DisplayName} has a standard loop; the engine runs only multi-instance loops.";
        if (node.MultiInstance is { InputCollection: null })
            return $"{node.DisplayName} is multi-instance without zeebe:loopCharacteristics inputCollection.";
        return node switch
        {
            GatewayNode { Kind: FlowNodeKind.ComplexGateway } => $"Complex gateway {node.DisplayName} is not supported by the engine.",
            SubProcessNode { Kind: not FlowNodeKind.SubProcess } => $"{node.Kind} {node.DisplayName} is not supported by the engine; use an embedded sub-process.",
            CallActivityNode { CalledProcessId: null } => $"Call activity {node.DisplayName} names no called process (zeebe:calledElement processId).",
            EventNode e => EventSupport.UnsupportedReason(e),
            TaskNode t => TaskSupport.UnsupportedReason(t),
            _ => null,
        };
    }
}
