using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>Flows connect nodes of their own container; default flows and boundary hosts exist.</summary>
public sealed class FlowReferencesRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        foreach (var container in context.Containers)
        {
            var ids = container.Nodes.Select(n => n.Id).ToHashSet();
            foreach (var flow in container.Flows)
            {
                if (!ids.Contains(flow.SourceRef))
                    yield return ValidationProblem.Error(flow.Id, "flow.source-missing", $"Sequence flow '{flow.Id}' starts at '{flow.SourceRef}', which is not an element beside it.");
                if (!ids.Contains(flow.TargetRef))
                    yield return ValidationProblem.Error(flow.Id, "flow.target-missing", $"Sequence flow '{flow.Id}' ends at '{flow.TargetRef}', which is not an element beside it.");
            }
            foreach (var node in container.Nodes)
                foreach (var problem in CheckNode(node, container, ids))
                    yield return problem;
        }
    }

    private static IEnumerable<ValidationProblem> CheckNode(FlowNode node, FlowContainer container, HashSet<string> ids)
    {
        if (node.DefaultFlow is { } defaultFlow && !container.Flows.Any(f => f.Id == defaultFlow && f.SourceRef == node.Id))
            yield return ValidationProblem.Error(node.Id, "flow.default-not-outgoing", $"The default flow '{defaultFlow}' of {node.DisplayName} is not one of its outgoing flows.");
        if (node is EventNode { Kind: FlowNodeKind.BoundaryEvent } boundary && (boundary.AttachedTo is null || !ids.Contains(boundary.AttachedTo)))
            yield return ValidationProblem.Error(node.Id, "boundary.host-missing", $"Boundary event {node.DisplayName} is attached to '{boundary.AttachedTo}', which is not an activity beside it.");
    }
}
