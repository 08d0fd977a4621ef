using System.Text.Json;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Timer start events: each is a timer row of the deployed version it starts, scheduled like any timer (so the
/// Host's jobs, restarts and reconciliation apply). A new version takes over the pending timers of the start
/// events it keeps unchanged (same id and value, same due time) and stops the others; its new ones are scheduled
/// from the deployment time. A date already past is not scheduled. Firing starts one instance of the timer's
/// version (a group-wide version: one per tenant <see cref="ITimerStartTenants"/> names, each under its tenant) and
/// schedules the next repetition of a cycle in the same transaction; the timer's revision makes a second node
/// firing the same timer lose, so a timer starts its instances exactly once per due time in a cluster.
/// </summary>
internal sealed class StartTimers(EngineServices engine)
{
    public async Task ScheduleAsync(WorkflowDefinitionRecord version, ProcessDefinition process, CancellationToken cancellationToken)
    {
        var starts = process.Content.Nodes.OfType<EventNode>()
            .Where(e => e.Kind == FlowNodeKind.StartEvent && e.Definition is TimerEventDefinition).ToList();
        var older = (await engine.Store.DefinitionVersionsAsync(version.Key, cancellationToken)).Where(d => d.Id != version.Id).Select(d => d.Id).ToList();
        var kept = new HashSet<string>();
        foreach (var timer in older.Count == 0 ? [] : await engine.Store.PendingStartTimersAsync(older, cancellationToken))
        {
            var same = starts.Any(s => s.Id == timer.ElementId && ((TimerEventDefinition)s.Definition!).Expression == timer.Expression);
            if (same && kept.Add(timer.ElementId))
                timer.DefinitionId = version.Id;
            else
                timer.Status = TimerStatus.Cancelled;
            timer.Revision++;
            engine.Store.Update(timer);
        }
        var now = engine.Clock.GetUtcNow();
        foreach (var start in starts.Where(s => !kept.Contains(s.Id)))
        {
            var definition = (TimerEventDefinition)start.Definition!;
            var schedule = TimerSchedule.Parse(definition.TimerKind, definition.Expression);
            var due = new TimerDueCalculator(engine.Calendar).FirstDue(schedule, definition.InWorkingDays, now);
            if (due <= now && definition.TimerKind == TimerKind.Date)
                continue;
            int? remaining = definition.TimerKind == TimerKind.Cycle ? schedule.Repetitions - 1 : 0;
            Add(version, start.Id, definition.Expression, definition.InWorkingDays, due, remaining, now);
        }
    }

    /// <summary>Starts an instance of the timer's version; false when the timer is no longer pending or not yet due.</summary>
    public async Task<bool> FireAsync(TimerRecord timer, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var version = await engine.Store.FindAsync<WorkflowDefinitionRecord>(timer.DefinitionId!.Value, cancellationToken)
            ?? throw new InvalidOperationException($"The process version of start timer {timer.Id} is missing.");
        var step = new StepTransaction(engine, cancellationToken);
        (timer.Status, timer.Revision) = (TimerStatus.Fired, timer.Revision + 1);
        engine.Store.Update(timer);
        if (timer.RemainingRepetitions is null or > 0)
        {
            var workingDays = timer.Calendar == WorkingDaysCalendar.AttributeValue;
            var next = new TimerDueCalculator(engine.Calendar).NextDue(TimerSchedule.Parse(TimerKind.Cycle, timer.Expression), workingDays, timer.DueAt);
            Add(version, timer.ElementId, timer.Expression, workingDays, next, timer.RemainingRepetitions - 1, step.Now);
        }
        foreach (var (tenantId, variables) in await StartsAsync(version, cancellationToken))
        {
            var instance = step.Create(version, Guid.NewGuid(), null, tenantId);
            step.Enqueue(instance.Record.Id, new StartInstance(new Dictionary<string, object?>(variables), timer.ElementId));
        }
        await runtime.RunAndCommitAsync(step);
        return true;
    }

    /// <summary>A tenant's own version starts for that tenant; a group-wide one for each entry the port names.</summary>
    private async Task<IReadOnlyList<TenantStart>> StartsAsync(WorkflowDefinitionRecord version, CancellationToken cancellationToken)
    {
        if (version.TenantId is not null)
            return [new TenantStart(version.TenantId, new Dictionary<string, object?>())];
        var tenants = (ITimerStartTenants?)engine.Services.GetService(typeof(ITimerStartTenants)) ?? new NoTimerStartTenants();
        return await tenants.TenantsAsync(version.Key, cancellationToken);
    }

    private void Add(WorkflowDefinitionRecord version, string elementId, string expression, bool workingDays, DateTimeOffset due, int? remaining, DateTimeOffset now)
    {
        var timer = new TimerRecord
        {
            InstanceId = Guid.Empty, DefinitionId = version.Id, TenantId = version.TenantId, ElementId = elementId, Expression = expression,
            Calendar = workingDays ? WorkingDaysCalendar.AttributeValue : null, DueAt = due.ToUniversalTime(),
            RemainingRepetitions = remaining, Status = TimerStatus.Pending,
        };
        engine.Store.Add(timer);
        engine.Outbox.Stage(new OutboxRecord
        {
            Kind = TimerOutboxHandler.OutboxKind, CreatedAt = now, TenantId = version.TenantId,
            PayloadJson = JsonSerializer.Serialize(new TimerOutboxHandler.TimerRequest(timer.Id, timer.DueAt)),
        });
    }
}
