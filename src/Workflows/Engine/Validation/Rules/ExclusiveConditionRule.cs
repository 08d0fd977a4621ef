using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>
/// A branching exclusive gateway's flows need a condition, except its default flow: an unconditional one
/// would always win in file order and silently hide the flows after it.
/// </summary>
public sealed class ExclusiveConditionRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        var outgoing = context.Process.Content.AllFlows().ToLookup(f => f.SourceRef);
        foreach (var gateway in context.Nodes.Where(n => n.Kind == FlowNodeKind.ExclusiveGateway && outgoing[n.Id].Count() > 1))
            foreach (var flow in outgoing[gateway.Id].Where(f => f.Condition is null && f.Id != gateway.DefaultFlow))
                yield return ValidationProblem.Error(flow.Id, "exclusive.flow-without-condition",
                    $"Sequence flow '{flow.Id}' leaves exclusive gateway {gateway.DisplayName} without a condition and is not its default flow; give it a condition or make it the gateway's default flow.");
    }
}
