using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>
/// Timer and message boundary events wait while their activity runs. Interrupting ones cancel the activity
/// and move its token to the boundary event; non-interrupting ones start a new token there, and a cycling
/// timer (R3/PT1H) schedules its next repetition. Error boundaries are found by <see cref="ErrorPropagation"/>.
/// </summary>
internal sealed class BoundaryEventBehavior(Step step)
{
    /// <summary>Instances of a multi-instance activity get none: its boundary events belong to the body token.</summary>
    public void Attach(TokenState token, FlowNode activity)
    {
        token.Status = TokenStatus.Waiting;
        if (token.LoopIndex is not null)
            return;
        foreach (var boundary in step.Graph.BoundaryEvents(activity.Id))
            if (boundary.Definition is TimerEventDefinition or MessageEventDefinition or SignalEventDefinition)
                step.Waits.ForEvent(token, boundary.Definition, boundary.Id);
    }

    public void Trigger(TokenState token, EventNode boundary, WaitState wait, Vars variables)
    {
        if (boundary.CancelActivity)
        {
            step.Waits.Close(wait, cancelled: false);
            TakeBoundary(token, boundary, variables);
            return;
        }
        if (wait.Kind == WaitKind.Timer)
        {
            step.Waits.Close(wait, cancelled: false);
            if (wait.RemainingRepetitions is null or > 0)
                step.Waits.Repeat(token, wait);
        }
        var branch = new TokenState { ScopeId = token.ScopeId, ElementId = boundary.Id };
        step.State.Tokens.Add(branch);
        step.Variables.ApplyOutputs(boundary, branch.ScopeId, variables);
        step.Schedule(branch);
    }

    /// <summary>Cancels everything the token does in its activity and sends it out through the boundary event.</summary>
    public void TakeBoundary(TokenState token, EventNode boundary, Vars variables)
    {
        step.Cancellation.Interrupt(token);
        step.History(step.Graph.Node(token.ElementId), "interrupted", boundary.Id);
        token.ElementId = boundary.Id;
        step.History(boundary, "triggered");
        step.Variables.ApplyOutputs(boundary, token.ScopeId, variables);
        step.Runner.Complete(token);
    }
}
