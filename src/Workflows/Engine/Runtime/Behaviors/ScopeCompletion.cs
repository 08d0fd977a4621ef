using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>
/// Opens sub-process scopes and completes scopes whose last token ended. A terminate end event ends
/// every token of its own scope only: at the top level that completes the instance, inside an embedded
/// sub-process it completes that sub-process instance, which then continues normally (BPMN 2.0, 10.5.4).
/// </summary>
internal sealed class ScopeCompletion(Step step)
{
    public void OpenSubProcess(TokenState token, SubProcessNode subProcess)
    {
        var start = step.Graph.NoneStartEvent(subProcess.Content)
            ?? throw new EngineIncidentException("Unsupported", $"Sub-process {subProcess.DisplayName} has no none start event.");
        var inputs = subProcess.IoMapping.Inputs.Count > 0 ? step.Variables.Inputs(subProcess, token.ScopeId) : [];
        var scope = new ScopeState { ParentId = token.ScopeId, ElementId = subProcess.Id, OwnerTokenId = token.Id, Variables = inputs };
        step.State.Scopes.Add(scope);
        token.ChildScopeId = scope.Id;
        step.Boundaries.Attach(token, subProcess);
        step.EventSubProcesses.Open(scope, subProcess.Content);
        var inner = new TokenState { ScopeId = scope.Id, ElementId = start.Id };
        step.State.Tokens.Add(inner);
        step.Schedule(inner);
    }

    /// <summary>The token ended (end event or no outgoing flow).</summary>
    public void Consume(TokenState token)
    {
        step.State.Tokens.Remove(token);
        CompleteIfEmpty(token.ScopeId);
    }

    public void Terminate(TokenState token)
    {
        step.State.Tokens.Remove(token);
        if (step.State.FindScope(token.ScopeId) is not { } scope)
            return;
        foreach (var other in step.State.Tokens.Where(t => t.ScopeId == scope.Id).ToList())
            step.Cancellation.CancelToken(other);
        CompleteIfEmpty(scope.Id);
    }

    private void CompleteIfEmpty(string scopeId)
    {
        var scope = step.State.FindScope(scopeId);
        if (scope is null || step.State.Tokens.Any(t => t.ScopeId == scopeId))
            return;
        step.EventSubProcesses.Close(scope);
        if (scope.ParentId is null)
            CompleteInstance(scope);
        else if (scope.OwnerTokenId is { } ownerId && scope.MultiInstance is null && step.State.FindToken(ownerId) is { } owner)
            CompleteSubProcess(scope, owner);
    }

    private void CompleteSubProcess(ScopeState scope, TokenState owner)
    {
        var subProcess = step.Graph.Node(owner.ElementId);
        var inner = step.Variables.Visible(scope.Id);
        step.State.Scopes.Remove(scope);
        owner.ChildScopeId = null;
        step.Runner.Guarded(owner, () =>
        {
            if (subProcess.IoMapping.Outputs.Count > 0)
                step.Variables.ApplyOutputs(subProcess, owner.ScopeId, new Dictionary<string, object?>(), inner);
            step.Runner.Complete(owner);
        });
    }

    private void CompleteInstance(ScopeState root)
    {
        if (step.State.Status == InstanceStatus.Completed)
            return;
        step.State.Status = InstanceStatus.Completed;
        step.Emit(new InstanceCompleted(new Dictionary<string, object?>(root.Variables)));
    }
}
