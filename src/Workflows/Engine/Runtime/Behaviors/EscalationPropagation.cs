using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>
/// Escalation throw events (intermediate and end) are caught by the nearest escalation boundary event on an
/// enclosing sub-process or call activity, or by an escalation event sub-process, with the same code (a catch
/// without an escalation catches all). An interrupting catch cancels the work it encloses, the thrower
/// included; a non-interrupting one starts a new path and the thrower goes on. Uncaught in a called process it
/// goes to the call activity; uncaught at the top it changes nothing (BPMN 2.0, 10.5.6).
/// </summary>
internal sealed class EscalationPropagation(Step step)
{
    public void ThrowFromEvent(TokenState token, EventNode node, EscalationEventDefinition escalation)
    {
        var code = step.Graph.Definitions.FindEscalation(escalation.EscalationRef)?.Code ?? escalation.EscalationRef ?? "";
        step.History(node, "escalated", code);
        Throw(token, code);
        if (step.State.FindToken(token.Id) is null)
            return;
        if (node.Kind == FlowNodeKind.EndEvent)
            step.Scopes.Consume(token);
        else
            step.Runner.Complete(token);
    }

    public void ThrowFromCalledProcess(ThrowEscalationFromCalledProcess command)
    {
        if (step.State.FindWait(command.WaitId) is { Kind: WaitKind.CalledProcess } wait && step.State.FindToken(wait.TokenId) is { } call)
            step.Runner.Guarded(call, () => Throw(call, command.EscalationCode));
    }

    private void Throw(TokenState thrower, string code)
    {
        var caught = step.Catches.Find(thrower, d => d is EscalationEventDefinition e ? Score(e, code) : 0);
        var details = new Dictionary<string, object?> { ["escalationCode"] = code };
        switch (caught)
        {
            case null when step.State.ParentInstanceId is not null:
                step.Emit(new EscalationPassedToCaller(code));
                break;
            case BoundaryCatch { Boundary.CancelActivity: true } b:
                step.Variables.Merge(b.Activity.ScopeId, details);
                step.Boundaries.TakeBoundary(b.Activity, b.Boundary, new Dictionary<string, object?>());
                break;
            case BoundaryCatch b:
                var branch = new TokenState { ScopeId = b.Activity.ScopeId, ElementId = b.Boundary.Id };
                step.State.Tokens.Add(branch);
                step.Variables.Merge(branch.ScopeId, details);
                step.Schedule(branch);
                break;
            case EventSubProcessCatch e:
                step.Variables.Merge(e.Scope.Id, details);
                step.EventSubProcesses.Trigger(e.Scope, e.EventSubProcess, e.Start, new Dictionary<string, object?>());
                break;
        }
    }

    private int Score(EscalationEventDefinition catcher, string code)
    {
        if (catcher.EscalationRef is null)
            return 1;
        var definition = step.Graph.Definitions.FindEscalation(catcher.EscalationRef);
        return (definition?.Code ?? catcher.EscalationRef) == code ? 2 : 0;
    }
}
