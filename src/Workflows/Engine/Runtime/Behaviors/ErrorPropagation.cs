using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>
/// A BPMN error (from an error end event or an activity's <c>BpmnErrorException</c>) is caught by the
/// nearest error boundary event with a matching code (or none) on the activity or an enclosing
/// sub-process; everything inside is cancelled. An uncaught error is an incident on the throwing token.
/// </summary>
internal sealed class ErrorPropagation(Step step)
{
    public void ThrowFromEndEvent(TokenState token, ErrorEventDefinition error)
    {
        var definition = step.Graph.Definitions.FindError(error.ErrorRef);
        Throw(token, definition?.ErrorCode ?? definition?.Id ?? "", $"Error end event '{token.ElementId}' was reached.");
    }

    public void Throw(TokenState token, string errorCode, string message)
    {
        for (var candidate = token; candidate is not null; candidate = OwnerOf(candidate))
        {
            if (candidate.LoopIndex is not null)
                continue;
            var boundary = step.Graph.BoundaryEvents(candidate.ElementId)
                .FirstOrDefault(b => b.Definition is ErrorEventDefinition e && Catches(e, errorCode));
            if (boundary is null)
                continue;
            step.Variables.Set(candidate.ScopeId, "errorCode", errorCode);
            step.Variables.Set(candidate.ScopeId, "errorMessage", message);
            step.Boundaries.TakeBoundary(candidate, boundary, new Dictionary<string, object?>());
            return;
        }
        throw new EngineIncidentException("UnhandledError",
            $"Error '{errorCode}' thrown at '{token.ElementId}' is not caught by any error boundary event: {message}");
    }

    private bool Catches(ErrorEventDefinition catcher, string errorCode)
    {
        if (catcher.ErrorRef is null)
            return true;
        var definition = step.Graph.Definitions.FindError(catcher.ErrorRef);
        return (definition?.ErrorCode ?? definition?.Id) == errorCode;
    }

    /// <summary>The token standing on the sub-process or multi-instance activity that encloses this token.</summary>
    private TokenState? OwnerOf(TokenState token)
    {
        for (var scope = step.State.FindScope(token.ScopeId); scope is not null; scope = step.State.FindScope(scope.ParentId))
            if (scope.OwnerTokenId is { } owner)
                return step.State.FindToken(owner);
        return null;
    }
}
