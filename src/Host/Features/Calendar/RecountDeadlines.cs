using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Timers;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Features.Calendar;

/// <summary>What a recount changed.</summary>
public sealed record RecountResult(int Tasks, int Timers);

/// <summary>
/// When a year's holiday table is entered or changed, counts again every open working-day deadline that ran
/// into that year: the number of working days each was given is read back on the calendar it was counted
/// with, and counted anew on the new one from the same start. User tasks keep their time of day; pending
/// working-day timers get the new due time and a new job (the old job finds its timer not yet due, or gone).
/// Holiday tables are national, so this runs across every company, <see cref="BatchSize"/> rows at a time.
/// </summary>
public sealed class RecountDeadlines(OrchestratorDbContext db, ITimerScheduler scheduler)
{
    public const int DefaultBatchSize = 500;

    /// <summary>How many tasks or timers are held in memory at once (read in id order, after the last batch's id).</summary>
    internal int BatchSize { get; init; } = DefaultBatchSize;

    public async Task<RecountResult> RecountAsync(int year, BusinessCalendar before, BusinessCalendar after, CancellationToken cancellationToken = default)
    {
        var from = ChinaTime.At(new DateOnly(year, 1, 1), TimeOnly.MinValue);
        // One transaction over every batch, each batch saved and forgotten before the next is read: memory stays at one
        // batch, and the recount stays all or nothing. Short transactions per batch would leave a half-done recount
        // after a failure that cannot simply be run again: a recount is relative to the calendar a deadline was
        // counted on, so the rows already moved would be moved a second time.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var tasks = await RecountTasksAsync(from, before, after, cancellationToken);
        var timers = await RecountTimersAsync(from, before, after, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        foreach (var (timerId, dueAt) in timers) scheduler.Schedule(timerId, dueAt);
        return new RecountResult(tasks, timers.Count);
    }

    private async Task<int> RecountTasksAsync(DateTimeOffset from, BusinessCalendar before, BusinessCalendar after, CancellationToken cancellationToken)
    {
        var workingDayIds = new Dictionary<Guid, HashSet<string>>();
        var changed = 0;
        Guid? last = null;
        while (true)
        {
            var open = db.Set<UserTaskRecord>().IgnoreQueryFilters().Where(t => t.Status == UserTaskStatus.Open && t.DueAt != null && t.DueAt >= from);
            if (last is { } previous) open = open.Where(t => t.Id.CompareTo(previous) > 0);
            var batch = await open.OrderBy(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            var workingDayElements = await WorkingDayTasksAsync(batch.Select(t => t.InstanceId).Distinct().ToList(), workingDayIds, cancellationToken);
            foreach (var task in batch.Where(t => workingDayElements.Contains((t.InstanceId, t.ElementId))))
            {
                var start = ChinaTime.DateOf(task.CreatedAt);
                var dueOn = ChinaTime.DateOf(task.DueAt!.Value);
                var recounted = after.AddWorkingDays(start, before.WorkingDaysBetween(start, dueOn));
                if (recounted == dueOn) continue;
                task.DueAt = ChinaTime.At(recounted, ChinaTime.TimeOf(task.DueAt.Value)).ToUniversalTime();
                changed++;
            }
            await SaveAndForgetAsync(cancellationToken);
            if (batch.Count < BatchSize) break;
            last = batch[^1].Id;
        }
        return changed;
    }

    private async Task<List<(Guid Id, DateTimeOffset DueAt)>> RecountTimersAsync(
        DateTimeOffset from, BusinessCalendar before, BusinessCalendar after, CancellationToken cancellationToken)
    {
        var changed = new List<(Guid, DateTimeOffset)>();
        Guid? last = null;
        while (true)
        {
            var pending = db.Set<TimerRecord>().IgnoreQueryFilters().Where(t => t.Status == TimerStatus.Pending && t.Calendar != null && t.DueAt >= from);
            if (last is { } previous) pending = pending.Where(t => t.Id.CompareTo(previous) > 0);
            var batch = await pending.OrderBy(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            foreach (var timer in batch)
            {
                if (!IsoDuration.TryParse(timer.Expression, out var duration) || duration.Days <= 0) continue;
                var dueOn = ChinaTime.DateOf(timer.DueAt - duration.Time);
                var start = WorkingDaysBefore(before, dueOn, duration.Days);
                var recounted = after.AddWorkingDays(start, duration.Days);
                if (recounted == dueOn) continue;
                timer.DueAt = (ChinaTime.At(recounted, ChinaTime.TimeOf(timer.DueAt - duration.Time)) + duration.Time).ToUniversalTime();
                changed.Add((timer.Id, timer.DueAt));
            }
            await SaveAndForgetAsync(cancellationToken);
            if (batch.Count < BatchSize) break;
            last = batch[^1].Id;
        }
        return changed;
    }

    /// <summary>Saves a batch and stops tracking its rows (and the task-group rows the engine moved with them).</summary>
    private async Task SaveAndForgetAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is UserTaskRecord or UserTaskGroupRecord or TimerRecord).ToList())
            entry.State = EntityState.Detached;
    }

    /// <summary>The last start from which <paramref name="days"/> working days on <paramref name="calendar"/> end on <paramref name="dueOn"/>.</summary>
    private static DateOnly WorkingDaysBefore(BusinessCalendar calendar, DateOnly dueOn, int days)
    {
        var day = dueOn;
        for (var counted = 0; counted < days; day = day.AddDays(-1))
            if (calendar.IsWorkingDay(day)) counted++;
        return day;
    }

    /// <summary>
    /// (instance, element) of the tasks whose due date the flow counts in working days; each definition is parsed once
    /// for the whole recount (<paramref name="workingDayIds"/> keeps them: one entry per deployed version).
    /// </summary>
    private async Task<HashSet<(Guid, string)>> WorkingDayTasksAsync(
        List<Guid> instanceIds, Dictionary<Guid, HashSet<string>> workingDayIds, CancellationToken cancellationToken)
    {
        var instances = await db.Set<WorkflowInstanceRecord>().IgnoreQueryFilters().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId }).ToListAsync(cancellationToken);
        var unparsed = instances.Select(i => i.DefinitionId).Distinct().Where(id => !workingDayIds.ContainsKey(id)).ToList();
        if (unparsed.Count > 0)
        {
            var parser = new BpmnParser();
            foreach (var definition in await db.Set<WorkflowDefinitionRecord>().IgnoreQueryFilters().Where(d => unparsed.Contains(d.Id))
                .Select(d => new { d.Id, d.Xml }).ToListAsync(cancellationToken))
                workingDayIds[definition.Id] = WorkingDayTaskIds(parser.Parse(definition.Xml).Definitions);
        }
        return [.. instances.SelectMany(i => workingDayIds[i.DefinitionId].Select(element => (i.Id, element)))];
    }

    private static HashSet<string> WorkingDayTaskIds(BpmnDefinitions? definitions) =>
        definitions is null ? [] :
        [.. definitions.Processes.SelectMany(p => p.Content.AllNodes()).OfType<TaskNode>().Where(t => t.DueDateInWorkingDays).Select(t => t.Id)];
}
