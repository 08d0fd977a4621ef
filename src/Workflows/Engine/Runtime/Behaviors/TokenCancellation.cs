using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>Cancels tokens and scopes: their bookmarks are closed, incidents resolved, inner scopes cancelled.</summary>
internal sealed class TokenCancellation(Step step)
{
    /// <summary>Cancels every token; the root scope stays so the final variables remain readable.</summary>
    public void CancelInstance()
    {
        var root = step.State.RootScope;
        CancelScope(root);
        step.State.Scopes.Add(root);
        step.State.Status = InstanceStatus.Cancelled;
        step.Emit(new InstanceCancelled());
    }

    /// <summary>Stops what the token is doing in its element but keeps the token.</summary>
    public void Interrupt(TokenState token)
    {
        step.Waits.CloseAllOf(token, cancelled: true);
        step.Incidents.ResolveAllOf(token);
        if (step.State.FindScope(token.ChildScopeId) is { } child)
            CancelScope(child);
        token.ChildScopeId = null;
    }

    public void CancelToken(TokenState token)
    {
        Interrupt(token);
        step.State.Tokens.Remove(token);
        step.History(step.Graph.Node(token.ElementId), "cancelled");
    }

    public void CancelScope(ScopeState scope)
    {
        foreach (var token in step.State.Tokens.Where(t => t.ScopeId == scope.Id).ToList())
            CancelToken(token);
        foreach (var child in step.State.Scopes.Where(s => s.ParentId == scope.Id).ToList())
            CancelScope(child);
        step.EventSubProcesses.Close(scope);
        step.State.Scopes.Remove(scope);
    }
}
