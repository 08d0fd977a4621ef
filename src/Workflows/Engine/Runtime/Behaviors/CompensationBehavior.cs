using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>
/// Compensation (BPMN 2.0, 10.7): an activity with a compensation boundary event is remembered when it
/// completes. A compensation throw (intermediate or end) compensates one activity (activityRef) or every
/// remembered one of its scope, in reverse order of completion, each handler once and one after another;
/// the throwing token waits until the last handler is done (waitForCompletion is always honoured as true).
/// A completed sub-process hands its remembered activities up to its parent scope (or, with a handler of its own,
/// leaves their compensation to that handler); a cancelled one forgets them. A multi-instance activity is remembered
/// once per completed instance with that instance's variables (loopCounter, its item, its own outputs); its handler
/// runs once per instance in a scope holding them. A throw inside an event sub-process compensates the scope the
/// event sub-process belongs to, as BPMN 2.0 (10.7) has it: an interrupting withdrawal refunds what the process took.
/// </summary>
internal sealed class CompensationBehavior(Step step)
{
    /// <summary>Called when an activity completes normally.</summary>
    public void Remember(TokenState token, FlowNode activity)
    {
        if (!activity.IsActivity || token.CompensationRunId is not null)
            return;
        // The instances of a multi-instance activity were remembered one by one; the body adds nothing.
        if (activity.MultiInstance is not null && token.LoopIndex is null)
            return;
        var boundary = step.Graph.BoundaryEvents(activity.Id).FirstOrDefault(b => b.Definition is CompensateEventDefinition);
        if (boundary?.CompensationHandlerId is not { } handler)
            return;
        var remembered = new CompensableActivity { ScopeId = token.ScopeId, ActivityId = activity.Id, HandlerId = handler };
        if (token.LoopIndex is not null && step.State.FindScope(token.ScopeId) is { } instance
            && step.State.FindScope(instance.ParentId) is { ParentId: { } enclosing })
        {
            remembered.ScopeId = enclosing;
            remembered.Variables = new Dictionary<string, object?>(instance.Variables);
        }
        step.State.Compensable.Add(remembered);
    }

    public void Throw(TokenState token, EventNode node, CompensateEventDefinition compensate)
    {
        var scopeId = CompensatedScope(token.ScopeId);
        var chosen = step.State.Compensable
            .Where(c => c.ScopeId == scopeId && (compensate.ActivityRef is null
                || c.ActivityId == compensate.ActivityRef || c.Origins.Contains(compensate.ActivityRef)))
            .Reverse().ToList();
        step.History(node, "compensating", string.Join(",", chosen.Select(c => c.ActivityId)));
        if (chosen.Count == 0)
        {
            Continue(token, node);
            return;
        }
        step.State.Compensable.RemoveAll(chosen.Contains);
        var run = new CompensationRun { ThrowTokenId = token.Id, Pending = chosen };
        step.State.CompensationRuns.Add(run);
        token.Status = TokenStatus.Waiting;
        StartNext(run, token.ScopeId);
    }

    /// <summary>A handler's token finished its handler: the next handler starts, or the throw event moves on.</summary>
    public void HandlerDone(TokenState handler)
    {
        step.History(step.Graph.Node(handler.ElementId), "completed");
        step.State.Tokens.Remove(handler);
        var run = step.State.CompensationRuns.FirstOrDefault(r => r.Id == handler.CompensationRunId);
        if (run?.HandlerScopeId is { } handlerScope && step.State.FindScope(handlerScope) is { } instanceScope)
            step.State.Scopes.Remove(instanceScope);
        if (run is not null)
            run.HandlerScopeId = null;
        if (run is null || step.State.FindToken(run.ThrowTokenId) is not { } thrower)
        {
            if (run is not null)
                step.State.CompensationRuns.Remove(run);
            return;
        }
        if (run.Pending.Count > 0)
        {
            StartNext(run, thrower.ScopeId);
            return;
        }
        step.State.CompensationRuns.Remove(run);
        Continue(thrower, (EventNode)step.Graph.Node(thrower.ElementId));
    }

    /// <summary>A sub-process with a handler of its own compensates its content itself; otherwise its content is lifted.</summary>
    public void ScopeCompleted(ScopeState scope, TokenState owner)
    {
        if (step.Graph.BoundaryEvents(owner.ElementId).Any(b => b.Definition is CompensateEventDefinition))
        {
            step.State.Compensable.RemoveAll(c => c.ScopeId == scope.Id);
            return;
        }
        foreach (var remembered in step.State.Compensable.Where(c => c.ScopeId == scope.Id))
        {
            remembered.ScopeId = owner.ScopeId;
            remembered.Origins.Add(owner.ElementId);
        }
    }

    public void ScopeCancelled(ScopeState scope)
    {
        step.State.Compensable.RemoveAll(c => c.ScopeId == scope.Id);
        step.State.CompensationRuns.RemoveAll(r => step.State.FindToken(r.ThrowTokenId) is not { } t || t.ScopeId == scope.Id);
    }

    private void StartNext(CompensationRun run, string fallbackScopeId)
    {
        var next = run.Pending[0];
        run.Pending.RemoveAt(0);
        var scopeId = step.State.FindScope(next.ScopeId) is not null ? next.ScopeId : fallbackScopeId;
        if (next.Variables.Count > 0)
        {
            var instance = new ScopeState { ParentId = scopeId, ElementId = next.HandlerId, Variables = new Dictionary<string, object?>(next.Variables) };
            step.State.Scopes.Add(instance);
            (scopeId, run.HandlerScopeId) = (instance.Id, instance.Id);
        }
        var handler = new TokenState { ScopeId = scopeId, ElementId = next.HandlerId, CompensationRunId = run.Id };
        step.State.Tokens.Add(handler);
        step.Schedule(handler);
    }

    /// <summary>The scope a throw compensates: its own, or for a throw inside an event sub-process the scope around it.</summary>
    private string CompensatedScope(string scopeId)
    {
        var scope = step.State.FindScope(scopeId);
        return scope is { ParentId: { } parent } && step.Graph.Node(scope.ElementId) is SubProcessNode { TriggeredByEvent: true }
            ? parent
            : scopeId;
    }

    private void Continue(TokenState token, EventNode node)
    {
        if (node.Kind == FlowNodeKind.EndEvent)
        {
            step.History(node, "completed");
            step.Scopes.Consume(token);
        }
        else
            step.Runner.Complete(token);
    }
}
