using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>
/// Leaves a node along its outgoing flows. For activities and events: every flow without a condition and
/// every flow whose condition is true; the default flow when none is; a node with no outgoing flow ends
/// its token (an implicit end).
/// </summary>
internal sealed class SequenceFlowTaker(Step step)
{
    public void TakeOutgoing(TokenState token, FlowNode node)
    {
        var outgoing = step.Graph.Outgoing(node.Id);
        if (outgoing.Count == 0)
        {
            step.Scopes.Consume(token);
            return;
        }
        Dictionary<string, object?>? variables = null; // gathered only when a flow has a condition to evaluate
        var chosen = outgoing.Where(f => f.Id != node.DefaultFlow
            && (f.Condition is null || step.Variables.IsTrue(f.Condition, variables ??= step.Variables.Visible(token.ScopeId), f.Id))).ToList();
        if (chosen.Count == 0 && outgoing.FirstOrDefault(f => f.Id == node.DefaultFlow) is { } fallback)
            chosen.Add(fallback);
        if (chosen.Count == 0)
            throw new EngineIncidentException("NoMatchingFlow",
                $"No condition on the outgoing flows of {node.DisplayName} is true and it has no default flow.");
        Fork(token, chosen);
    }

    /// <summary>Sends the token along the first flow and a new token along each other flow; no flow ends its path.</summary>
    public void Fork(TokenState token, IReadOnlyList<SequenceFlow> flows)
    {
        if (flows.Count == 0)
        {
            step.Scopes.Consume(token);
            return;
        }
        Move(token, flows[0]);
        foreach (var flow in flows.Skip(1))
        {
            var sibling = new TokenState { ScopeId = token.ScopeId };
            step.State.Tokens.Add(sibling);
            Move(sibling, flow);
        }
    }

    private void Move(TokenState token, SequenceFlow flow)
    {
        token.ElementId = flow.TargetRef;
        token.ArrivedVia = flow.Id;
        step.Schedule(token);
    }
}
