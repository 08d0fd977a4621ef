using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>Creates bookmarks (user tasks, timers, subscriptions, activity and call waits) and closes them.</summary>
internal sealed class WaitFactory(Step step)
{
    public void UserTask(TokenState token, TaskNode task)
    {
        var inputs = step.Variables.Inputs(task, token.ScopeId);
        var visible = step.Variables.Visible(token.ScopeId);
        var assignment = new AssignmentResolver(step.Variables, visible, task.Id);
        var groups = assignment.Groups(task.Assignment?.CandidateGroups ?? []);
        var assignee = assignment.Single(task.Assignment?.Assignee);
        DateTimeOffset? due = task.DueDate is { } dueDate
            ? step.Environment.Timers.Add(IsoDuration.Parse(dueDate), task.DueDateInWorkingDays, step.Environment.Now)
            : null;
        var wait = Open(token, task.Id, WaitKind.UserTask);
        step.Emit(new UserTaskCreated(wait.Id, token.Id, task.Id, task.Name, groups, assignee, due, task.FormKey, inputs));
    }

    public void Activity(TokenState token, TaskNode task)
    {
        var inputs = step.Variables.Inputs(task, token.ScopeId);
        var wait = Open(token, task.Id, WaitKind.Activity);
        step.Emit(new ActivityRequested(wait.Id, task.Id, task.TaskType!, inputs, task.Headers, step.Variables.Visible(token.ScopeId)));
    }

    public void CallProcess(TokenState token, CallActivityNode call)
    {
        var variables = step.Variables.Inputs(call, token.ScopeId);
        var wait = Open(token, call.Id, WaitKind.CalledProcess);
        wait.ChildInstanceId = Guid.NewGuid();
        step.Emit(new CalledProcessRequested(wait.Id, call.Id, call.CalledProcessId!, wait.ChildInstanceId.Value, variables));
    }

    public void ForEvent(TokenState token, EventDefinition definition, string elementId)
    {
        switch (definition)
        {
            case TimerEventDefinition timer: Timer(token, timer, elementId); break;
            case MessageEventDefinition message: Message(token, message.MessageRef, elementId); break;
            default: throw new EngineIncidentException("Unsupported", $"A {definition.Kind} event at '{elementId}' cannot be waited for.");
        }
        token.Status = TokenStatus.Waiting;
    }

    public void ForEventGateway(TokenState token, GatewayNode gateway)
    {
        foreach (var target in step.Graph.Outgoing(gateway.Id).Select(f => step.Graph.Node(f.TargetRef)))
        {
            if (target is EventNode { Definition: { } definition })
                ForEvent(token, definition, target.Id);
            else if (target is TaskNode { Kind: FlowNodeKind.ReceiveTask } receive)
                Message(token, receive.MessageRef, receive.Id);
        }
        token.Status = TokenStatus.Waiting;
    }

    public void Timer(TokenState token, TimerEventDefinition timer, string elementId)
    {
        var expression = TimerExpressionText(token, timer, elementId);
        var schedule = TimerSchedule.Parse(timer.TimerKind, expression);
        var due = step.Environment.Timers.FirstDue(schedule, timer.InWorkingDays, step.Environment.Now);
        int? remaining = timer.TimerKind == TimerKind.Cycle ? schedule.Repetitions - 1 : 0;
        OpenTimer(token, elementId, expression, timer.InWorkingDays, due, remaining);
    }

    /// <summary>A cycling timer fired: the next repetition gets a bookmark of its own.</summary>
    public void Repeat(TokenState token, WaitState fired)
    {
        var schedule = TimerSchedule.Parse(TimerKind.Cycle, fired.TimerExpression!);
        var due = step.Environment.Timers.NextDue(schedule, fired.WorkingDays, fired.DueAt ?? step.Environment.Now);
        OpenTimer(token, fired.ElementId, fired.TimerExpression!, fired.WorkingDays, due, fired.RemainingRepetitions - 1);
    }

    public void Message(TokenState token, string? messageRef, string elementId)
    {
        var message = step.Graph.Definitions.FindMessage(messageRef)
            ?? throw new EngineIncidentException("Unsupported", $"Element '{elementId}' references message '{messageRef}', which is not defined.");
        var key = message.CorrelationKey is { } keyExpression
            ? step.Variables.Evaluate(keyExpression, step.Variables.Visible(token.ScopeId), elementId)?.ToString()
              ?? throw new EngineIncidentException("CorrelationKey", $"The correlation key '{keyExpression}' of message '{message.Name}' at '{elementId}' evaluated to null.")
            : "";
        var wait = Open(token, elementId, WaitKind.Message);
        wait.MessageName = message.Name;
        wait.CorrelationKey = key;
        step.Emit(new MessageSubscriptionOpened(wait.Id, token.Id, elementId, message.Name, key));
    }

    public void Close(WaitState wait, bool cancelled)
    {
        step.State.Waits.Remove(wait);
        step.Emit(new WaitClosed(wait.Id, wait.Kind, cancelled));
        if (cancelled && wait is { Kind: WaitKind.CalledProcess, ChildInstanceId: { } child })
            step.Emit(new CalledProcessCancelled(child));
    }

    public void CloseAllOf(TokenState token, bool cancelled)
    {
        foreach (var wait in step.State.Waits.Where(w => w.TokenId == token.Id).ToList())
            Close(wait, cancelled);
    }

    private void OpenTimer(TokenState token, string elementId, string expression, bool workingDays, DateTimeOffset due, int? remaining)
    {
        var wait = Open(token, elementId, WaitKind.Timer);
        (wait.DueAt, wait.TimerExpression, wait.WorkingDays, wait.RemainingRepetitions) = (due, expression, workingDays, remaining);
        step.Emit(new TimerScheduled(wait.Id, token.Id, elementId, expression, workingDays, due, remaining));
    }

    private string TimerExpressionText(TokenState token, TimerEventDefinition timer, string elementId) =>
        Expressions.ExpressionText.IsExpression(timer.Expression)
            ? step.Variables.Evaluate(timer.Expression, step.Variables.Visible(token.ScopeId), elementId)?.ToString() ?? ""
            : timer.Expression;

    private WaitState Open(TokenState token, string elementId, WaitKind kind)
    {
        var wait = new WaitState { TokenId = token.Id, ElementId = elementId, Kind = kind };
        if (EventSubProcessBehavior.IsScopeListener(token))
            wait.ScopeId = token.ScopeId;
        step.State.Waits.Add(wait);
        token.Status = TokenStatus.Waiting;
        return wait;
    }
}
