using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>
/// A BPMN error (from an error end event or an activity's <c>BpmnErrorException</c>) is caught by the nearest
/// error boundary event or error event sub-process whose code matches (a catch without an error catches all);
/// everything it interrupts is cancelled. An error a called process does not catch goes to its call activity
/// and on up the callers; the throwing token waits meanwhile. The called process is cancelled when a caller
/// catches it; when none does, the throwing token gets the incident, as in a process without callers.
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
        if (TryCatch(token, errorCode, message))
            return;
        if (step.State.ParentInstanceId is null)
            throw Unhandled(errorCode, token.ElementId, message);
        token.Status = TokenStatus.Waiting;
        step.History(step.Graph.Node(token.ElementId), "error passed to caller", errorCode);
        step.Emit(new ErrorPassedToCaller(errorCode, message, new ErrorOrigin(step.State.InstanceId, token.Id)));
    }

    public void ThrowFromCalledProcess(ThrowErrorFromCalledProcess command)
    {
        if (step.State.FindWait(command.WaitId) is not { Kind: WaitKind.CalledProcess } wait || step.State.FindToken(wait.TokenId) is not { } call)
            return;
        step.Runner.Guarded(call, () =>
        {
            if (TryCatch(call, command.ErrorCode, command.Message))
                return;
            if (step.State.ParentInstanceId is not null)
                step.Emit(new ErrorPassedToCaller(command.ErrorCode, command.Message, command.Origin));
            else
                step.Emit(new UncaughtErrorReturned(command.Origin, command.ErrorCode, command.Message));
        });
    }

    /// <summary>No caller caught the error: the token that threw it stops with the incident.</summary>
    public void RaiseUncaught(RaiseUncaughtError command)
    {
        if (step.State.FindToken(command.Origin.TokenId) is { } token)
            step.Incidents.Raise(token, "UnhandledError", Unhandled(command.ErrorCode, token.ElementId, command.Message).Message);
    }

    private bool TryCatch(TokenState thrower, string errorCode, string message)
    {
        var caught = step.Catches.Find(thrower, d => d is ErrorEventDefinition e ? Score(e, errorCode) : 0);
        if (caught is null)
            return false;
        Vars details = new Dictionary<string, object?> { ["errorCode"] = errorCode, ["errorMessage"] = message };
        switch (caught)
        {
            case BoundaryCatch b:
                step.Variables.Merge(b.Activity.ScopeId, details);
                step.Boundaries.TakeBoundary(b.Activity, b.Boundary, new Dictionary<string, object?>());
                break;
            case EventSubProcessCatch e:
                step.Variables.Merge(e.Scope.Id, details);
                step.EventSubProcesses.Trigger(e.Scope, e.EventSubProcess, e.Start, new Dictionary<string, object?>());
                break;
        }
        return true;
    }

    private int Score(ErrorEventDefinition catcher, string errorCode)
    {
        if (catcher.ErrorRef is null)
            return 1;
        var definition = step.Graph.Definitions.FindError(catcher.ErrorRef);
        return (definition?.ErrorCode ?? definition?.Id) == errorCode ? 2 : 0;
    }

    private static EngineIncidentException Unhandled(string errorCode, string elementId, string message) =>
        new("UnhandledError",
            $"Error '{errorCode}' thrown at '{elementId}' is not caught by any error boundary event or error event sub-process, here or in a calling process: {message}");
}
