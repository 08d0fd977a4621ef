using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>
/// An event sub-process has exactly one start event with a trigger, and no sequence flow in or out; an
/// error start always interrupts. Error and escalation start events exist only in event sub-processes.
/// </summary>
public sealed class EventSubProcessRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        var flows = context.Process.Content.AllFlows().ToList();
        foreach (var sub in context.Nodes.OfType<SubProcessNode>().Where(s => s.TriggeredByEvent))
        {
            if (flows.Any(f => f.SourceRef == sub.Id || f.TargetRef == sub.Id))
                yield return ValidationProblem.Error(sub.Id, "event-subprocess.flows", $"Event sub-process {sub.DisplayName} has a sequence flow in or out; it starts by its event and ends on its own.");
            var starts = sub.Content.Nodes.OfType<EventNode>().Where(e => e.Kind == FlowNodeKind.StartEvent).ToList();
            if (starts.Count != 1)
                yield return ValidationProblem.Error(sub.Id, "event-subprocess.start-count", $"Event sub-process {sub.DisplayName} needs exactly one start event; it has {starts.Count}.");
            else if (starts[0].Definitions.Count == 0)
                yield return ValidationProblem.Error(starts[0].Id, "event-subprocess.no-trigger", $"The start event {starts[0].DisplayName} of event sub-process {sub.DisplayName} has no trigger; give it a message, timer, error or escalation.");
            else if (!IsExecutedStart(starts[0].Definition))
                yield return ValidationProblem.Error(starts[0].Id, "event-subprocess.start-not-executed", $"The {starts[0].Definition?.Kind ?? "multiple"} start event {starts[0].DisplayName} of event sub-process {sub.DisplayName} is not executed by the engine; use a message, timer, signal, error or escalation start.");
            else if (starts[0] is { Definition: ErrorEventDefinition, CancelActivity: false })
                yield return ValidationProblem.Error(starts[0].Id, "event-subprocess.error-start-non-interrupting", $"The error start event {starts[0].DisplayName} must be interrupting (an error always ends the work it interrupts).");
        }
        foreach (var start in StartsOutsideEventSubProcesses(context.Process.Content))
            if (start.Definition is ErrorEventDefinition or EscalationEventDefinition)
                yield return ValidationProblem.Error(start.Id, "start.only-in-event-subprocess", $"The {start.Definition.Kind} start event {start.DisplayName} can only start an event sub-process.");
    }

    /// <summary>The starts <c>EventSubProcessBehavior</c> executes; a signal start joins both once signals are executed.</summary>
    private static bool IsExecutedStart(EventDefinition? definition) =>
        definition is MessageEventDefinition or TimerEventDefinition or SignalEventDefinition or ErrorEventDefinition or EscalationEventDefinition;

    private static IEnumerable<EventNode> StartsOutsideEventSubProcesses(FlowContainer container)
    {
        foreach (var node in container.Nodes)
        {
            if (node is EventNode { Kind: FlowNodeKind.StartEvent } start)
                yield return start;
            if (node is SubProcessNode { TriggeredByEvent: false } sub)
                foreach (var nested in StartsOutsideEventSubProcesses(sub.Content))
                    yield return nested;
        }
    }
}
