using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Which event/definition combinations the engine executes.</summary>
internal static class EventSupport
{
    public static string? UnsupportedReason(EventNode node)
    {
        if (node.Definitions.Count > 1)
            return $"Event {node.DisplayName} has several event definitions; the engine supports one per event.";
        var definition = node.Definition;
        if (definition is UnsupportedEventDefinition unsupported)
            return $"{Capitalized(unsupported.Name)} events are not supported by the engine ({node.DisplayName}).";
        var supported = (node.Kind, definition) switch
        {
            (FlowNodeKind.StartEvent, ErrorEventDefinition or EscalationEventDefinition) => true,
            (FlowNodeKind.EndEvent or FlowNodeKind.IntermediateThrowEvent or FlowNodeKind.BoundaryEvent, EscalationEventDefinition) => true,
            (FlowNodeKind.StartEvent, null or MessageEventDefinition or TimerEventDefinition) => true,
            (FlowNodeKind.EndEvent, null or TerminateEventDefinition or ErrorEventDefinition) => true,
            (FlowNodeKind.IntermediateCatchEvent, MessageEventDefinition or TimerEventDefinition) => true,
            (FlowNodeKind.IntermediateThrowEvent, null) => true,
            (FlowNodeKind.BoundaryEvent, MessageEventDefinition or TimerEventDefinition or ErrorEventDefinition) => true,
            _ => false,
        };
        if (!supported)
            return $"A {definition?.Kind ?? "none"} {ExecutionSupportInspector.ElementName(node.Kind)} ({node.DisplayName}) is not supported by the engine.";
        if (definition is MessageEventDefinition { MessageRef: null })
            return $"Message event {node.DisplayName} does not reference a message.";
        return null;
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
