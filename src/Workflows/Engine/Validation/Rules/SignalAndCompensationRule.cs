using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>
/// Signals are defined; a compensation boundary event has its handler; a compensation handler is started only by
/// compensation (no sequence flows); a compensation throw names a compensable activity of its own container, or for
/// a throw inside an event sub-process, of the container around it (the scope it compensates).
/// </summary>
public sealed class SignalAndCompensationRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        foreach (var container in context.Containers)
        {
            var flowEnds = container.Flows.SelectMany(f => new[] { f.SourceRef, f.TargetRef }).ToHashSet();
            foreach (var node in container.Nodes)
            {
                if (node is EventNode { Definition: SignalEventDefinition { SignalRef: { } signal } } && context.Definitions.FindSignal(signal) is null)
                    yield return ValidationProblem.Error(node.Id, "signal.undefined", $"{node.DisplayName} references signal '{signal}', which is not defined in the file.");
                if (node is EventNode { Definition: CompensateEventDefinition, AttachedTo: not null, CompensationHandlerId: null })
                    yield return ValidationProblem.Error(node.Id, "compensation.boundary-without-handler",
                        $"Compensation boundary event {node.DisplayName} has no handler: associate it with an activity marked isForCompensation.");
                if (node.IsForCompensation && flowEnds.Contains(node.Id))
                    yield return ValidationProblem.Error(node.Id, "compensation.handler-with-flows",
                        $"Compensation handler {node.DisplayName} must have no sequence flows; compensation starts it.");
                if (node is EventNode { AttachedTo: null, Definition: CompensateEventDefinition { ActivityRef: { } target } }
                    && !Compensable(CompensatedContainer(context, container), target))
                    yield return ValidationProblem.Error(node.Id, "compensation.target-invalid",
                        $"{node.DisplayName} compensates '{target}', which is no activity with a compensation boundary event in the same process or sub-process (for a throw in an event sub-process: the process or sub-process around it).");
            }
        }
    }

    /// <summary>A throw inside an event sub-process compensates the container around that event sub-process.</summary>
    private static FlowContainer CompensatedContainer(ValidationContext context, FlowContainer container) =>
        context.Containers.FirstOrDefault(c => c.Nodes.Any(n => n is SubProcessNode { TriggeredByEvent: true } s && ReferenceEquals(s.Content, container)))
        ?? container;

    private static bool Compensable(FlowContainer container, string activityId) =>
        container.Nodes.Any(n => n.Id == activityId && n.IsActivity)
        && container.Nodes.Any(n => n is EventNode { Definition: CompensateEventDefinition } b && b.AttachedTo == activityId
            || n is SubProcessNode s && s.Id == activityId);
}
