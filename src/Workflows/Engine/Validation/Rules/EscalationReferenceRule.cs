using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>
/// Escalation events reference escalations defined in the file; a throw must name one (only a catch may
/// leave it out to catch every escalation), and escalation boundary events sit on sub-processes or call activities.
/// </summary>
public sealed class EscalationReferenceRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        var nodes = context.Nodes.GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var node in context.Nodes.OfType<EventNode>().Where(e => e.Definition is EscalationEventDefinition))
        {
            var reference = ((EscalationEventDefinition)node.Definition!).EscalationRef;
            if (reference is not null && context.Definitions.FindEscalation(reference) is null)
                yield return ValidationProblem.Error(node.Id, "escalation.undefined", $"{node.DisplayName} references escalation '{reference}', which is not defined in the file.");
            if (reference is null && node.Kind is FlowNodeKind.EndEvent or FlowNodeKind.IntermediateThrowEvent)
                yield return ValidationProblem.Error(node.Id, "escalation.throw-without-reference", $"Escalation throw event {node.DisplayName} does not reference an escalation.");
            if (node.Kind == FlowNodeKind.BoundaryEvent && node.AttachedTo is { } host && nodes.GetValueOrDefault(host) is { } activity
                && activity is not (SubProcessNode or CallActivityNode))
                yield return ValidationProblem.Error(node.Id, "escalation.boundary-host", $"Escalation boundary event {node.DisplayName} is attached to {activity.DisplayName}; escalations are caught only on sub-processes and call activities.");
        }
    }
}
