using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Features.Waiting;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>
/// The company's backlog per unit, SLA compliance over the last 30 days, the overdue list, and the open requests
/// split into work in progress, waiting for the customer and stopped at a failed step (异常). Everything is counted
/// in SQL on indexes, so a visit costs the same with a thousand tasks or five million: the open work per unit from the
/// task-group index (<see cref="UserTaskGroupRecord"/>), the finished days of the period from their day counts
/// (<see cref="SlaDayCount"/>, written by <see cref="SlaDaySummaries"/>) and only today — and any day not yet counted —
/// from the completed tasks themselves; the overdue list reads its first <see cref="OverdueListSize"/> rows in deadline
/// order. Everything is the signed-in user's company's (the company filter on every table).
/// </summary>
public sealed class DashboardQuery(OrchestratorDbContext db, SlaClock sla, TimeProvider clock)
{
    public const int ComplianceDays = 30;
    public const int OverdueListSize = 100;

    /// <summary>The first China day of the SLA period that ends with <paramref name="today"/> (today and the 29 days before).</summary>
    public static DateOnly FirstDayOfPeriod(DateOnly today) => today.AddDays(-(ComplianceDays - 1));

    public async Task<DashboardFigures> LoadAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var open = await OpenWorkAsync(now, cancellationToken);
        var completions = await CompletionsAsync(now, cancellationToken);
        var units = CandidateGroups.All.Select(g =>
            {
                var (onTime, late) = completions
                    .Where(c => c.CandidateGroups.Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(g.Code))
                    .Aggregate((OnTime: 0, Late: 0), (sum, c) => (sum.OnTime + c.OnTime, sum.Late + c.Late));
                var work = open.GetValueOrDefault(g.Code);
                return new UnitBacklog(g.Code, work.Open, work.Overdue, onTime, late);
            })
            .ToList();
        var requests = await RequestStatesAsync(cancellationToken);
        return new DashboardFigures(units, await OverdueAsync(now, cancellationToken), requests.Exceptions)
        {
            OverdueTotal = await db.Set<UserTaskRecord>().AsNoTracking()
                .CountAsync(t => t.Status == UserTaskStatus.Open && t.DueAt < now, cancellationToken),
            Requests = requests,
        };
    }

    /// <summary>Open and overdue tasks per unit, counted on the task-group index (a task of two units counts for both).</summary>
    private async Task<Dictionary<string, (int Open, int Overdue)>> OpenWorkAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var codes = CandidateGroups.All.Select(g => g.Code).ToList();
        var rows = await db.Set<UserTaskGroupRecord>().AsNoTracking()
            .Where(r => codes.Contains(r.Group))
            .GroupBy(r => r.Group)
            .Select(g => new { Group = g.Key, Open = g.Count(), Overdue = g.Count(r => r.DueAt < now) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Group, r => (r.Open, r.Overdue));
    }

    /// <summary>
    /// The period's completions: counted days from <see cref="SlaDayCount"/>, the days not counted yet (normally today
    /// only, one query per run of consecutive days) from the tasks themselves.
    /// </summary>
    private async Task<IReadOnlyList<GroupCompletions>> CompletionsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(now);
        var first = FirstDayOfPeriod(today);
        var stored = await db.Set<SlaDayCount>().AsNoTracking().Where(c => c.Day >= first && c.Day < today).ToListAsync(cancellationToken);
        var counted = stored.Where(c => c.IsDayMarker).Select(c => c.Day).ToHashSet();
        var completions = stored.Where(c => !c.IsDayMarker && counted.Contains(c.Day))
            .Select(c => new GroupCompletions(c.CandidateGroups, c.OnTime, c.Late)).ToList();
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            if (counted.Contains(day)) continue;
            var runEnd = day;
            while (runEnd < today && !counted.Contains(runEnd.AddDays(1))) runEnd = runEnd.AddDays(1);
            DateTimeOffset? until = runEnd == today ? null : StartOf(runEnd.AddDays(1));
            completions.AddRange(await CompletionCounts.OfAsync(db.Set<UserTaskRecord>(), StartOf(day), until, cancellationToken));
            day = runEnd;
        }
        return completions;
    }

    /// <summary>The first moment of a China day.</summary>
    internal static DateTimeOffset StartOf(DateOnly day) => ChinaTime.At(day, TimeOnly.MinValue);

    private async Task<IReadOnlyList<InboxItem>> OverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await (
                from task in db.Set<UserTaskRecord>().AsNoTracking()
                where task.Status == UserTaskStatus.Open && task.DueAt < now
                join request in db.ServiceRequests.AsNoTracking() on task.BusinessKey equals request.Number
                join customer in db.Customers.AsNoTracking() on request.CustomerId equals customer.Id into customers
                from customer in customers.DefaultIfEmpty()
                orderby task.DueAt, task.Id
                select new
                {
                    task, request.Number, request.Type, CustomerName = customer == null ? null : customer.Name,
                    HasIncident = RequestIncidents.OpenNumbers(db).Contains(request.Number),
                })
            .Take(OverdueListSize)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new InboxItem(r.task.Id, r.Number, r.Type, r.CustomerName, r.task.Name ?? r.task.ElementId, r.task.FormKey,
            r.task.CandidateGroupList(), r.task.Assignee, r.task.CreatedAt, r.task.DueAt, sla.StatusOf(r.task.DueAt),
            VariablesJson.Deserialize(r.task.FormFieldsJson), r.HasIncident))];
    }

    /// <summary>
    /// Open requests: stopped at a failed step first, then waiting for the customer, the rest in progress. The two
    /// small sets (open incidents, customer waits) are counted from their own side against the open requests.
    /// </summary>
    private async Task<RequestStates> RequestStatesAsync(CancellationToken cancellationToken)
    {
        var failed = RequestIncidents.OpenNumbers(db).Distinct();
        var waiting = CustomerWaitRows.Open(db).Select(w => w.RequestNumber).Distinct();
        var open = await OpenRequests().CountAsync(cancellationToken);
        var exceptions = await failed.CountAsync(n => OpenRequests().Any(r => r.Number == n), cancellationToken);
        var waits = await waiting.CountAsync(n => !failed.Contains(n) && OpenRequests().Any(r => r.Number == n), cancellationToken);
        return new RequestStates(open - exceptions - waits, waits, exceptions);
    }

    private IQueryable<ServiceRequest> OpenRequests() =>
        db.ServiceRequests.AsNoTracking().Where(r => r.Status == RequestStatus.Submitted || r.Status == RequestStatus.InProgress);
}
