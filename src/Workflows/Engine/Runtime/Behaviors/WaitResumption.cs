using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>Resumes a token from one of its bookmarks: a completion, a message, a timer or a failure.</summary>
internal sealed class WaitResumption(Step step)
{
    public void Complete(Guid waitId, WaitKind kind, Vars variables)
    {
        if (Find(waitId, kind) is not { } found)
            return;
        var (wait, token) = found;
        step.Waits.Close(wait, cancelled: false);
        step.Runner.Guarded(token, () =>
        {
            step.Variables.ApplyOutputs(step.Graph.Node(wait.ElementId), token.ScopeId, variables);
            step.Runner.Complete(token);
        });
    }

    public void DeliverMessage(Guid waitId, Vars variables) => Occur(waitId, WaitKind.Message, variables);

    public void FireTimer(Guid waitId) => Occur(waitId, WaitKind.Timer, new Dictionary<string, object?>());

    public void Fail(Guid waitId, string kind, string message)
    {
        if (Find(waitId, null) is not { } found)
            return;
        step.Waits.Close(found.Wait, cancelled: false);
        step.Incidents.Raise(found.Token, kind, message);
    }

    public void ThrowError(Guid waitId, string errorCode, string message)
    {
        if (Find(waitId, WaitKind.Activity) is not { } found)
            return;
        step.Waits.Close(found.Wait, cancelled: false);
        step.Runner.Guarded(found.Token, () => step.Errors.Throw(found.Token, errorCode, message));
    }

    /// <summary>A timer or message: on a boundary event, after an event-based gateway, or on a catch event/receive task.</summary>
    private void Occur(Guid waitId, WaitKind kind, Vars variables)
    {
        if (step.State.FindWait(waitId) is { ScopeId: not null } scoped && scoped.Kind == kind)
        {
            step.EventSubProcesses.Occur(scoped, variables);
            return;
        }
        if (Find(waitId, kind) is not { } found)
            return;
        var (wait, token) = found;
        var node = step.Graph.Node(wait.ElementId);
        step.Runner.Guarded(token, () =>
        {
            if (node is EventNode { Kind: FlowNodeKind.BoundaryEvent } boundary)
            {
                step.Boundaries.Trigger(token, boundary, wait, variables);
                return;
            }
            step.Waits.Close(wait, cancelled: false);
            if (token.ElementId != wait.ElementId)
                ChooseEventAfterGateway(token, node);
            step.Variables.ApplyOutputs(node, token.ScopeId, variables);
            step.Runner.Complete(token);
        });
    }

    private void ChooseEventAfterGateway(TokenState token, FlowNode chosen)
    {
        step.Waits.CloseAllOf(token, cancelled: true);
        step.History(step.Graph.Node(token.ElementId), "completed");
        token.ArrivedVia = step.Graph.Outgoing(token.ElementId).First(f => f.TargetRef == chosen.Id).Id;
        token.ElementId = chosen.Id;
        step.History(chosen, "started");
    }

    private (WaitState Wait, TokenState Token)? Find(Guid waitId, WaitKind? kind)
    {
        var wait = step.State.FindWait(waitId);
        if (wait is null || (kind is not null && wait.Kind != kind))
            return null;
        var token = step.State.FindToken(wait.TokenId);
        return token is null ? null : (wait, token);
    }
}
