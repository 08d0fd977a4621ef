using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>
/// Multi-instance activities. The arriving token becomes the body: it owns a body scope holding
/// <c>nrOfInstances</c>, <c>nrOfActiveInstances</c> and <c>nrOfCompletedInstances</c>; each instance gets its
/// own scope with <c>loopCounter</c> (1-based) and the input element. Parallel starts all instances at once,
/// sequential one after another. A true completion condition cancels the instances still running.
/// </summary>
internal sealed class MultiInstanceBehavior(Step step)
{
    public void Begin(TokenState body, FlowNode activity)
    {
        var loop = activity.MultiInstance!;
        var items = step.Variables.Evaluate(loop.InputCollection!, step.Variables.Visible(body.ScopeId), activity.Id) as List<object?>
            ?? throw new EngineIncidentException("ExpressionFailed",
                $"The input collection '{loop.InputCollection}' of {activity.DisplayName} is not an array.");
        var scope = new ScopeState
        {
            ParentId = body.ScopeId, ElementId = activity.Id, OwnerTokenId = body.Id,
            MultiInstance = new MultiInstanceState { Items = items, Outputs = items.Select(_ => (object?)null).ToList() },
        };
        step.State.Scopes.Add(scope);
        body.ChildScopeId = scope.Id;
        step.Boundaries.Attach(body, activity);
        UpdateCounters(scope);
        if (items.Count == 0)
            Finish(body, scope, activity);
        else
            for (var i = 0; i < (loop.IsSequential ? 1 : items.Count); i++)
                StartNext(scope, activity);
    }

    public void CompleteInstance(TokenState instance)
    {
        var inner = step.State.FindScope(instance.ScopeId)!;
        var body = step.State.FindScope(inner.ParentId)!;
        var state = body.MultiInstance!;
        var activity = step.Graph.Node(body.ElementId);
        var loop = activity.MultiInstance!;
        if (loop.OutputElement is { } outputElement)
            state.Outputs[instance.LoopIndex!.Value] = step.Variables.Evaluate(outputElement, step.Variables.Visible(inner.Id), activity.Id);
        step.State.Tokens.Remove(instance);
        step.State.Scopes.Remove(inner);
        state.Active--;
        state.Completed++;
        UpdateCounters(body);
        var owner = step.State.FindToken(body.OwnerTokenId!)!;
        var done = state.Completed == state.Items.Count
            || (loop.CompletionCondition is { } condition && step.Variables.IsTrue(condition, step.Variables.Visible(body.Id), activity.Id));
        if (done)
            Finish(owner, body, activity);
        else if (loop.IsSequential)
            StartNext(body, activity);
    }

    private void StartNext(ScopeState body, FlowNode activity)
    {
        var state = body.MultiInstance!;
        var index = state.NextIndex++;
        var inner = new ScopeState { ParentId = body.Id, ElementId = activity.Id };
        inner.Variables["loopCounter"] = (long)index + 1;
        if (activity.MultiInstance!.InputElement is { } element)
            inner.Variables[element] = state.Items[index];
        step.State.Scopes.Add(inner);
        state.Active++;
        UpdateCounters(body);
        var token = new TokenState { ScopeId = inner.Id, ElementId = activity.Id, LoopIndex = index };
        step.State.Tokens.Add(token);
        step.Schedule(token);
    }

    private void Finish(TokenState owner, ScopeState body, FlowNode activity)
    {
        foreach (var running in step.State.Scopes.Where(s => s.ParentId == body.Id).ToList())
            step.Cancellation.CancelScope(running);
        if (activity.MultiInstance!.OutputCollection is { } collection)
            step.Variables.Set(owner.ScopeId, collection, body.MultiInstance!.Outputs);
        step.State.Scopes.Remove(body);
        owner.ChildScopeId = null;
        step.Runner.Complete(owner);
    }

    private static void UpdateCounters(ScopeState body)
    {
        var state = body.MultiInstance!;
        body.Variables["nrOfInstances"] = (long)state.Items.Count;
        body.Variables["nrOfActiveInstances"] = (long)state.Active;
        body.Variables["nrOfCompletedInstances"] = (long)state.Completed;
    }
}
