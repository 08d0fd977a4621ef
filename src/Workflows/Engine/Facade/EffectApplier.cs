using System.Text.Json;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>Turns the executor's effects into rows, activity runs and follow-up commands of the same step.</summary>
internal sealed class EffectApplier(EngineServices engine)
{
    private readonly ActivityInvoker _activities = new(engine);
    private readonly SignalBroadcaster _signals = new(engine);
    private readonly List<SignalSubscriptionRecord> _signalsOpened = [];
    private long _sequence;

    public async Task ApplyAsync(LoadedInstance instance, IReadOnlyList<EngineEffect> effects, StepTransaction step)
    {
        var id = instance.Record.Id;
        var tenant = instance.Record.TenantId;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case UserTaskCreated t: AddTask(NewTask(instance, t, step.Now), step); break;
                case TimerScheduled t: AddTimer(id, tenant, t, step.Now); break;
                case MessageSubscriptionOpened s: await OpenSubscriptionAsync(id, tenant, s, step); break;
                case SignalSubscriptionOpened s: OpenSignalSubscription(instance, s, step.Now); break;
                case SignalThrown s: await _signals.EnqueueAsync(step, s.SignalName, tenant, s.Variables, _signalsOpened); break;
                case WaitClosed w: await CloseWaitAsync(w, step); break;
                case ActivityRequested a: step.Enqueue(id, await _activities.RunAsync(instance, a, step.CancellationToken)); break;
                case CalledProcessRequested c: await StartCalledProcessAsync(instance, c, step); break;
                case CalledProcessCancelled c: step.Enqueue(c.ChildInstanceId, new CancelInstance()); break;
                case IncidentRaised i: engine.Store.Add(new IncidentRecord { Id = i.IncidentId, InstanceId = id, TenantId = tenant, ElementId = i.ElementId, TokenId = i.TokenId, Kind = i.Kind, Message = i.Message, CreatedAt = step.Now }); break;
                case IncidentResolved r: await ResolveIncidentAsync(r.IncidentId, step); break;
                case HistoryRecorded h: AddHistory(id, tenant, h, step.Now); break;
                case InstanceCompleted c when instance.State is { ParentInstanceId: { } parent, ParentWaitId: { } wait }:
                    step.Enqueue(parent, new CompleteCalledProcess(wait, c.Variables)); break;
                case ErrorPassedToCaller e when instance.State is { ParentInstanceId: { } parent, ParentWaitId: { } wait }:
                    step.Enqueue(parent, new ThrowErrorFromCalledProcess(wait, e.ErrorCode, e.Message, e.Origin)); break;
                case UncaughtErrorReturned u: step.Enqueue(u.Origin.InstanceId, new RaiseUncaughtError(u.Origin, u.ErrorCode, u.Message)); break;
                case EscalationPassedToCaller e when instance.State is { ParentInstanceId: { } parent, ParentWaitId: { } wait }:
                    step.Enqueue(parent, new ThrowEscalationFromCalledProcess(wait, e.EscalationCode)); break;
            }
        }
    }

    private void AddTask(UserTaskRecord task, StepTransaction step)
    {
        engine.Store.Add(task);
        step.TaskChanges.Add(StepListeners.Change(task, UserTaskChangeKind.Created));
    }

    private static UserTaskRecord NewTask(LoadedInstance instance, UserTaskCreated t, DateTimeOffset now) => new()
    {
        Id = t.TaskId, InstanceId = instance.Record.Id, TenantId = instance.Record.TenantId, ElementId = t.ElementId, Name = t.Name,
        CandidateGroups = UserTaskRecord.JoinGroups(t.CandidateGroups), Assignee = t.Assignee, Status = UserTaskStatus.Open,
        CreatedAt = now, DueAt = t.DueAt?.ToUniversalTime(), BusinessKey = instance.Record.BusinessKey,
        ProcessKey = instance.Record.ProcessKey, FormKey = t.FormKey, FormFieldsJson = VariablesJson.Serialize(t.Inputs),
    };

    private void AddTimer(Guid instanceId, Guid? tenantId, TimerScheduled t, DateTimeOffset now)
    {
        var due = t.DueAt.ToUniversalTime();
        engine.Store.Add(new TimerRecord
        {
            Id = t.TimerId, InstanceId = instanceId, TenantId = tenantId, ElementId = t.ElementId, TokenId = t.TokenId, Expression = t.Expression,
            Calendar = t.WorkingDays ? WorkingDaysCalendar.AttributeValue : null, DueAt = due,
            RemainingRepetitions = t.RemainingRepetitions, Status = TimerStatus.Pending,
        });
        engine.Outbox.Stage(new OutboxRecord
        {
            Kind = TimerOutboxHandler.OutboxKind, CreatedAt = now, TenantId = tenantId,
            PayloadJson = JsonSerializer.Serialize(new TimerOutboxHandler.TimerRequest(t.TimerId, due)),
        });
    }

    private async Task OpenSubscriptionAsync(Guid instanceId, Guid? tenantId, MessageSubscriptionOpened s, StepTransaction step)
    {
        engine.Store.Add(new MessageSubscriptionRecord
        {
            Id = s.SubscriptionId, InstanceId = instanceId, TenantId = tenantId, ElementId = s.ElementId, TokenId = s.TokenId,
            MessageName = s.MessageName, CorrelationKey = s.CorrelationKey, CreatedAt = step.Now,
        });
        var buffered = await engine.Store.BufferedMessageAsync(s.MessageName, s.CorrelationKey, tenantId, step.Now, step.CancellationToken);
        if (buffered is null)
            return;
        buffered.ConsumedAt = step.Now;
        engine.Store.Update(buffered);
        step.Enqueue(instanceId, new DeliverMessage(s.SubscriptionId, VariablesJson.Deserialize(buffered.VariablesJson)));
    }

    private void OpenSignalSubscription(LoadedInstance instance, SignalSubscriptionOpened s, DateTimeOffset now)
    {
        var subscription = new SignalSubscriptionRecord
        {
            Id = s.SubscriptionId, InstanceId = instance.Record.Id, TenantId = instance.Record.TenantId, ElementId = s.ElementId,
            TokenId = s.TokenId, SignalName = s.SignalName, CreatedAt = now,
        };
        engine.Store.Add(subscription);
        _signalsOpened.Add(subscription);
    }

    private async Task CloseWaitAsync(WaitClosed closed, StepTransaction step)
    {
        switch (closed.Kind)
        {
            case WaitKind.UserTask when await engine.Store.FindAsync<UserTaskRecord>(closed.WaitId, step.CancellationToken) is { } task:
                if (task.Status == UserTaskStatus.Open)
                {
                    (task.Status, task.Revision) = (closed.Cancelled ? UserTaskStatus.Cancelled : UserTaskStatus.Completed, task.Revision + 1);
                    step.TaskChanges.Add(StepListeners.Change(task, closed.Cancelled ? UserTaskChangeKind.Cancelled : UserTaskChangeKind.Completed));
                }
                task.CompletedAt ??= closed.Cancelled ? null : step.Now;
                engine.Store.Update(task);
                break;
            case WaitKind.Timer when await engine.Store.FindAsync<TimerRecord>(closed.WaitId, step.CancellationToken) is { } timer:
                timer.Status = closed.Cancelled ? TimerStatus.Cancelled : TimerStatus.Fired;
                engine.Store.Update(timer);
                break;
            case WaitKind.Message when await engine.Store.FindAsync<MessageSubscriptionRecord>(closed.WaitId, step.CancellationToken) is { } subscription:
                subscription.IsOpen = false;
                engine.Store.Update(subscription);
                break;
            case WaitKind.Signal when await engine.Store.FindAsync<SignalSubscriptionRecord>(closed.WaitId, step.CancellationToken) is { } signal:
                signal.IsOpen = false;
                engine.Store.Update(signal);
                break;
        }
    }

    private async Task StartCalledProcessAsync(LoadedInstance parent, CalledProcessRequested c, StepTransaction step)
    {
        var definition = await engine.Store.CurrentDefinitionAsync(c.ProcessId, step.CancellationToken);
        if (definition is null)
        {
            step.Enqueue(parent.Record.Id, new FailActivity(c.WaitId, "CalledProcessNotFound",
                $"Call activity '{c.ElementId}' calls process '{c.ProcessId}', which is not deployed."));
            return;
        }
        step.Create(definition, c.ChildInstanceId, parent.Record.BusinessKey, parent.Record.TenantId, parent, c.WaitId);
        step.Enqueue(c.ChildInstanceId, new StartInstance(c.Variables));
    }

    private async Task ResolveIncidentAsync(Guid incidentId, StepTransaction step)
    {
        if (await engine.Store.FindAsync<IncidentRecord>(incidentId, step.CancellationToken) is not { } incident)
            return;
        (incident.Status, incident.ResolvedAt) = (IncidentStatus.Resolved, step.Now);
        engine.Store.Update(incident);
    }

    private void AddHistory(Guid instanceId, Guid? tenantId, HistoryRecorded h, DateTimeOffset now) => engine.Store.Add(new HistoryRecord
    {
        InstanceId = instanceId, TenantId = tenantId, ElementId = h.ElementId, ElementType = h.ElementType, Event = h.Event, At = now,
        Sequence = now.ToUnixTimeMilliseconds() * 10_000 + _sequence++ % 10_000, Data = h.Data,
    });
}
