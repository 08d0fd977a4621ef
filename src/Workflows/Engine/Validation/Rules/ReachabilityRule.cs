using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>Every node can be reached from a start event of its container (boundary events via their activity).</summary>
public sealed class ReachabilityRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context) =>
        context.Containers.SelectMany(Unreachable)
            .Select(node => ValidationProblem.Error(node.Id, "node.unreachable", $"{node.DisplayName} cannot be reached from a start event."));

    private static IEnumerable<FlowNode> Unreachable(FlowContainer container)
    {
        var outgoing = container.Flows.ToLookup(f => f.SourceRef, f => f.TargetRef);
        var boundaries = container.Nodes.OfType<EventNode>().Where(e => e.AttachedTo is not null).ToLookup(e => e.AttachedTo!, e => e.Id);
        var reached = new HashSet<string>();
        var pending = new Stack<string>(container.Nodes.Where(n => n.Kind == FlowNodeKind.StartEvent).Select(n => n.Id));
        while (pending.TryPop(out var id))
            if (reached.Add(id))
                foreach (var next in outgoing[id].Concat(boundaries[id]))
                    pending.Push(next);
        return container.Nodes.Where(n => !reached.Contains(n.Id) && n is not SubProcessNode { TriggeredByEvent: true } && !n.IsForCompensation);
    }
}
