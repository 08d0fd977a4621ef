using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime;

/// <summary>
/// The engine core. Applies one command to an instance state and runs every token until it waits; does
/// no I/O. Returns what the world must learn (tasks, timers, subscriptions, incidents, history, ...).
/// Commands naming a bookmark the instance no longer has are ignored, which makes resumption idempotent.
/// </summary>
public sealed class ProcessExecutor
{
    public IReadOnlyList<EngineEffect> Execute(ProcessGraph graph, InstanceState state, EngineCommand command, ExecutionEnvironment environment)
    {
        if (state.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
            return [];
        var step = new Step(graph, state, environment);
        Dispatch(step, command);
        step.Runner.RunUntilAllWait();
        if (state.Status is not (InstanceStatus.Completed or InstanceStatus.Cancelled))
            state.Status = state.Incidents.Count > 0 ? InstanceStatus.Incident : InstanceStatus.Active;
        return step.Effects;
    }

    private static void Dispatch(Step step, EngineCommand command)
    {
        switch (command)
        {
            case StartInstance start: new InstanceStarter(step).Start(start); break;
            case CompleteUserTask c: step.Resume.Complete(c.TaskId, WaitKind.UserTask, c.Variables); break;
            case DeliverMessage m: step.Resume.DeliverMessage(m.SubscriptionId, m.Variables); break;
            case FireTimer t: step.Resume.FireTimer(t.TimerId); break;
            case CompleteActivity a: step.Resume.Complete(a.WaitId, WaitKind.Activity, a.Outputs); break;
            case FailActivity f: step.Resume.Fail(f.WaitId, f.Kind, f.Message); break;
            case ThrowBpmnError e: step.Resume.ThrowError(e.WaitId, e.ErrorCode, e.Message); break;
            case CompleteCalledProcess p: step.Resume.Complete(p.WaitId, WaitKind.CalledProcess, p.Variables); break;
            case RetryIncident r: step.Incidents.Retry(r.IncidentId, r.Variables); break;
            case CancelInstance: step.Cancellation.CancelInstance(); break;
            case ThrowErrorFromCalledProcess e: step.Errors.ThrowFromCalledProcess(e); break;
            case RaiseUncaughtError u: step.Errors.RaiseUncaught(u); break;
            case ThrowEscalationFromCalledProcess e: step.Escalations.ThrowFromCalledProcess(e); break;
            default: throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command.");
        }
    }
}
