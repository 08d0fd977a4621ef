using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>Moves ready tokens into their elements until every token waits; failures become incidents.</summary>
internal sealed class TokenRunner(Step step)
{
    public void RunUntilAllWait()
    {
        do
        {
            while (step.TryTakeReady(out var token))
                if (step.State.Tokens.Contains(token) && token.Status == TokenStatus.Ready)
                    Guarded(token, () => Enter(token));
        }
        while (step.Gateways.FireOneReadyInclusiveJoin());
    }

    /// <summary>Runs <paramref name="action"/>; anything it throws stops <paramref name="token"/> with an incident.</summary>
    public void Guarded(TokenState token, Action action)
    {
        try
        {
            action();
        }
        catch (EngineIncidentException ex) { step.Incidents.Raise(token, ex.Kind, ex.Message); }
        catch (ExpressionException ex) { step.Incidents.Raise(token, "ExpressionFailed", ex.Message); }
        catch (FormatException ex) { step.Incidents.Raise(token, "InvalidTimer", ex.Message); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            step.Incidents.Raise(token, "Failed", ex.Message);
        }
    }

    private void Enter(TokenState token)
    {
        var node = step.Graph.Node(token.ElementId);
        step.History(node, "started");
        if (node is { MultiInstance: not null, IsActivity: true } && token.LoopIndex is null)
        {
            step.MultiInstance.Begin(token, node);
            return;
        }
        switch (node)
        {
            case EventNode e: EnterEvent(token, e); break;
            case GatewayNode g: step.Gateways.Enter(token, g); break;
            case TaskNode t: EnterTask(token, t); break;
            case SubProcessNode s: step.Scopes.OpenSubProcess(token, s); break;
            case CallActivityNode c: step.Waits.CallProcess(token, c); step.Boundaries.Attach(token, c); break;
        }
    }

    private void EnterEvent(TokenState token, EventNode node)
    {
        switch (node.Kind, node.Definition)
        {
            case (FlowNodeKind.IntermediateCatchEvent, { } definition): step.Waits.ForEvent(token, definition, node.Id); break;
            case (FlowNodeKind.EndEvent, TerminateEventDefinition): step.Scopes.Terminate(token); break;
            case (FlowNodeKind.EndEvent, ErrorEventDefinition error): step.Errors.ThrowFromEndEvent(token, error); break;
            case (FlowNodeKind.EndEvent or FlowNodeKind.IntermediateThrowEvent, EscalationEventDefinition escalation):
                step.Escalations.ThrowFromEvent(token, node, escalation); break;
            case (FlowNodeKind.EndEvent, _): step.Scopes.Consume(token); break;
            default: Complete(token); break;
        }
    }

    private void EnterTask(TokenState token, TaskNode task)
    {
        if (task.Kind == FlowNodeKind.UserTask)
            step.Waits.UserTask(token, task);
        else if (task.TaskType is not null)
            step.Waits.Activity(token, task);
        else if (task.Kind == FlowNodeKind.ReceiveTask)
            step.Waits.Message(token, task.MessageRef, task.Id);
        else
        {
            Complete(token);
            return;
        }
        step.Boundaries.Attach(token, task);
    }

    /// <summary>The token's element is done: close its remaining bookmarks and move on.</summary>
    public void Complete(TokenState token)
    {
        var node = step.Graph.Node(token.ElementId);
        step.Waits.CloseAllOf(token, cancelled: true);
        step.History(node, "completed");
        if (token.LoopIndex is not null && node.IsActivity)
            step.MultiInstance.CompleteInstance(token);
        else
            step.Flow.TakeOutgoing(token, node);
    }
}
