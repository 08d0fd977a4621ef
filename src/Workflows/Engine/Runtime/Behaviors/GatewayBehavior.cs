using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>
/// Gateways. Exclusive: first true condition in document order, else the default flow, else an incident.
/// Parallel join: fires when every incoming flow has delivered a token (one is consumed per flow).
/// Inclusive join: fires when no token in the scope can still reach it. Event-based: waits on the events
/// after it; the first to occur wins and the others are cancelled. A gateway without outgoing flows ends the path.
/// </summary>
internal sealed class GatewayBehavior(Step step)
{
    public void Enter(TokenState token, GatewayNode gateway)
    {
        var joins = step.Graph.Incoming(gateway.Id).Count > 1;
        switch (gateway.Kind)
        {
            case FlowNodeKind.ExclusiveGateway: step.Flow.Fork(token, ExclusiveChoice(token, gateway)); break;
            case FlowNodeKind.ParallelGateway when joins: ArriveAtParallelJoin(token, gateway); break;
            case FlowNodeKind.ParallelGateway: step.Flow.Fork(token, step.Graph.Outgoing(gateway.Id)); break;
            case FlowNodeKind.InclusiveGateway when joins && token.ArrivedVia is not null: token.Status = TokenStatus.AtJoin; break;
            case FlowNodeKind.InclusiveGateway: step.Flow.TakeOutgoing(token, gateway); break;
            case FlowNodeKind.EventBasedGateway when step.Graph.Outgoing(gateway.Id).Count == 0: step.Scopes.Consume(token); break;
            case FlowNodeKind.EventBasedGateway: step.Waits.ForEventGateway(token, gateway); break;
            default: throw new EngineIncidentException("Unsupported", $"{gateway.Kind} {gateway.DisplayName} is not supported.");
        }
    }

    /// <summary>Fires one inclusive join that no other token can still reach; false when none can fire.</summary>
    public bool FireOneReadyInclusiveJoin()
    {
        foreach (var waiting in step.State.Tokens.Where(t => t.Status == TokenStatus.AtJoin).ToList())
        {
            var gateway = step.Graph.Node(waiting.ElementId);
            if (gateway.Kind != FlowNodeKind.InclusiveGateway || !NoTokenCanStillArrive(gateway, waiting.ScopeId))
                continue;
            var merged = Merge(AtJoin(gateway, waiting.ScopeId).ToList());
            merged.ArrivedVia = null;
            step.Runner.Guarded(merged, () => step.Flow.TakeOutgoing(merged, gateway));
            return true;
        }
        return false;
    }

    private IReadOnlyList<SequenceFlow> ExclusiveChoice(TokenState token, GatewayNode gateway)
    {
        var outgoing = step.Graph.Outgoing(gateway.Id);
        if (outgoing.Count == 0)
            return [];
        var variables = step.Variables.Visible(token.ScopeId);
        return [outgoing.FirstOrDefault(f => f.Id != gateway.DefaultFlow
                   && (f.Condition is null || step.Variables.IsTrue(f.Condition, variables, f.Id)))
               ?? outgoing.FirstOrDefault(f => f.Id == gateway.DefaultFlow)
               ?? throw new EngineIncidentException("NoMatchingFlow",
                   $"No condition on the outgoing flows of exclusive gateway {gateway.DisplayName} is true and it has no default flow.")];
    }

    private void ArriveAtParallelJoin(TokenState token, GatewayNode gateway)
    {
        token.Status = TokenStatus.AtJoin;
        var waiting = AtJoin(gateway, token.ScopeId).ToList();
        var onePerFlow = step.Graph.Incoming(gateway.Id)
            .Select(flow => waiting.FirstOrDefault(t => t.ArrivedVia == flow.Id)).ToList();
        if (onePerFlow.Any(t => t is null))
            return;
        var merged = Merge(onePerFlow!);
        step.Flow.Fork(merged, step.Graph.Outgoing(gateway.Id));
    }

    private bool NoTokenCanStillArrive(FlowNode gateway, string scopeId) =>
        !step.State.Tokens.Any(t => t.ScopeId == scopeId && !(t.Status == TokenStatus.AtJoin && t.ElementId == gateway.Id)
                                    && (t.ElementId == gateway.Id || step.Graph.CanReach(t.ElementId, gateway.Id)));

    private IEnumerable<TokenState> AtJoin(FlowNode gateway, string scopeId) =>
        step.State.Tokens.Where(t => t.Status == TokenStatus.AtJoin && t.ElementId == gateway.Id && t.ScopeId == scopeId);

    /// <summary>Keeps the first token and removes the others that took part in the join.</summary>
    private TokenState Merge(IReadOnlyList<TokenState?> tokens)
    {
        foreach (var consumed in tokens.Skip(1))
            step.State.Tokens.Remove(consumed!);
        return tokens[0]!;
    }
}
