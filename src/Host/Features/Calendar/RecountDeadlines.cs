using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Host.Features.Calendar;

/// <summary>What a recount changed.</summary>
public sealed record RecountResult(int Tasks, int Timers);

/// <summary>
/// When a year's holiday table is entered or changed, counts again every open working-day deadline that ran
/// into that year: the number of working days each was given is read back on the calendar it was counted
/// with, and counted anew on the new one from the same start. User tasks keep their time of day; pending
/// working-day timers get the new due time and a new job (the old job finds its timer not yet due, or gone).
/// Holiday tables are national, so this runs across every company.
/// </summary>
public sealed class RecountDeadlines(OrchestratorDbContext db, ITimerScheduler scheduler)
{
    public async Task<RecountResult> RecountAsync(int year, BusinessCalendar before, BusinessCalendar after, CancellationToken cancellationToken = default)
    {
        var from = ChinaTime.At(new DateOnly(year, 1, 1), TimeOnly.MinValue);
        var tasks = await RecountTasksAsync(from, before, after, cancellationToken);
        var timers = await RecountTimersAsync(from, before, after, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var timer in timers) scheduler.Schedule(timer.Id, timer.DueAt);
        return new RecountResult(tasks, timers.Count);
    }

    private async Task<int> RecountTasksAsync(DateTimeOffset from, BusinessCalendar before, BusinessCalendar after, CancellationToken cancellationToken)
    {
        var open = await db.Set<UserTaskRecord>().IgnoreQueryFilters()
            .Where(t => t.Status == UserTaskStatus.Open && t.DueAt != null && t.DueAt >= from).ToListAsync(cancellationToken);
        var workingDayElements = await WorkingDayTasksAsync(open.Select(t => t.InstanceId).Distinct().ToList(), cancellationToken);
        var changed = 0;
        foreach (var task in open.Where(t => workingDayElements.Contains((t.InstanceId, t.ElementId))))
        {
            var start = ChinaTime.DateOf(task.CreatedAt);
            var dueOn = ChinaTime.DateOf(task.DueAt!.Value);
            var recounted = after.AddWorkingDays(start, before.WorkingDaysBetween(start, dueOn));
            if (recounted == dueOn) continue;
            task.DueAt = ChinaTime.At(recounted, ChinaTime.TimeOf(task.DueAt.Value)).ToUniversalTime();
            changed++;
        }
        return changed;
    }

    private async Task<List<TimerRecord>> RecountTimersAsync(DateTimeOffset from, BusinessCalendar before, BusinessCalendar after, CancellationToken cancellationToken)
    {
        var pending = await db.Set<TimerRecord>().IgnoreQueryFilters()
            .Where(t => t.Status == TimerStatus.Pending && t.Calendar != null && t.DueAt >= from).ToListAsync(cancellationToken);
        var changed = new List<TimerRecord>();
        foreach (var timer in pending)
        {
            if (!IsoDuration.TryParse(timer.Expression, out var duration) || duration.Days <= 0) continue;
            var dueOn = ChinaTime.DateOf(timer.DueAt - duration.Time);
            var start = WorkingDaysBefore(before, dueOn, duration.Days);
            var recounted = after.AddWorkingDays(start, duration.Days);
            if (recounted == dueOn) continue;
            timer.DueAt = (ChinaTime.At(recounted, ChinaTime.TimeOf(timer.DueAt - duration.Time)) + duration.Time).ToUniversalTime();
            changed.Add(timer);
        }
        return changed;
    }

    /// <summary>The last start from which <paramref name="days"/> working days on <paramref name="calendar"/> end on <paramref name="dueOn"/>.</summary>
    private static DateOnly WorkingDaysBefore(BusinessCalendar calendar, DateOnly dueOn, int days)
    {
        var day = dueOn;
        for (var counted = 0; counted < days; day = day.AddDays(-1))
            if (calendar.IsWorkingDay(day)) counted++;
        return day;
    }

    /// <summary>(instance, element) of the tasks whose due date the flow counts in working days.</summary>
    private async Task<HashSet<(Guid, string)>> WorkingDayTasksAsync(List<Guid> instanceIds, CancellationToken cancellationToken)
    {
        var instances = await db.Set<WorkflowInstanceRecord>().IgnoreQueryFilters().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId }).ToListAsync(cancellationToken);
        var definitionIds = instances.Select(i => i.DefinitionId).Distinct().ToList();
        var parser = new BpmnParser();
        var workingDayIds = (await db.Set<WorkflowDefinitionRecord>().IgnoreQueryFilters().Where(d => definitionIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Xml }).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Id, d => WorkingDayTaskIds(parser.Parse(d.Xml).Definitions));
        return [.. instances.SelectMany(i => workingDayIds[i.DefinitionId].Select(element => (i.Id, element)))];
    }

    private static HashSet<string> WorkingDayTaskIds(BpmnDefinitions? definitions) =>
        definitions is null ? [] :
        [.. definitions.Processes.SelectMany(p => p.Content.AllNodes()).OfType<TaskNode>().Where(t => t.DueDateInWorkingDays).Select(t => t.Id)];
}
