using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Features.Waiting;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>
/// The company's backlog per unit, SLA compliance over the last 30 days, the overdue list, and the open requests
/// split into work in progress, waiting for the customer and stopped at a failed step (异常). Everything is counted
/// in SQL — tasks grouped by their candidate groups, the 30-day period filtered in the query — and only the
/// overdue list's first <see cref="OverdueListSize"/> rows are read. Tasks count for the company of their request
/// (requests are filtered to the user's company).
/// </summary>
public sealed class DashboardQuery(OrchestratorDbContext db, SlaClock sla, TimeProvider clock)
{
    public const int ComplianceDays = 30;
    public const int OverdueListSize = 100;

    public async Task<DashboardFigures> LoadAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-ComplianceDays);
        var tasks =
            from task in db.Set<UserTaskRecord>().AsNoTracking()
            join request in db.ServiceRequests.AsNoTracking() on task.BusinessKey equals request.Number
            select task;
        var byGroups = await tasks
            .Where(t => t.Status == UserTaskStatus.Open || (t.Status == UserTaskStatus.Completed && t.DueAt != null && t.CompletedAt >= since))
            .GroupBy(t => t.CandidateGroups)
            .Select(g => new
            {
                Groups = g.Key,
                Open = g.Count(t => t.Status == UserTaskStatus.Open),
                Overdue = g.Count(t => t.Status == UserTaskStatus.Open && t.DueAt < now),
                OnTime = g.Count(t => t.Status == UserTaskStatus.Completed && t.CompletedAt <= t.DueAt),
                Late = g.Count(t => t.Status == UserTaskStatus.Completed && t.CompletedAt > t.DueAt),
            })
            .ToListAsync(cancellationToken);
        var units = CandidateGroups.All.Select(g =>
            {
                var rows = byGroups.Where(r => r.Groups.Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(g.Code)).ToList();
                return new UnitBacklog(g.Code, rows.Sum(r => r.Open), rows.Sum(r => r.Overdue), rows.Sum(r => r.OnTime), rows.Sum(r => r.Late));
            })
            .ToList();
        return new DashboardFigures(units, await OverdueAsync(now, cancellationToken), await RequestsWithIncidentsAsync(cancellationToken))
        {
            OverdueTotal = await tasks.CountAsync(t => t.Status == UserTaskStatus.Open && t.DueAt < now, cancellationToken),
            Requests = await RequestStatesAsync(cancellationToken),
        };
    }

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

    private Task<int> RequestsWithIncidentsAsync(CancellationToken cancellationToken)
    {
        var failed = RequestIncidents.OpenNumbers(db);
        return OpenRequests().CountAsync(r => failed.Contains(r.Number), cancellationToken);
    }

    /// <summary>Open requests: stopped at a failed step first, then waiting for the customer, the rest in progress.</summary>
    private async Task<RequestStates> RequestStatesAsync(CancellationToken cancellationToken)
    {
        var failed = RequestIncidents.OpenNumbers(db);
        var waiting = CustomerWaitRows.Open(db).Select(w => w.RequestNumber);
        var open = await OpenRequests().CountAsync(cancellationToken);
        var exceptions = await OpenRequests().CountAsync(r => failed.Contains(r.Number), cancellationToken);
        var waits = await OpenRequests().CountAsync(r => !failed.Contains(r.Number) && waiting.Contains(r.Number), cancellationToken);
        return new RequestStates(open - exceptions - waits, waits, exceptions);
    }

    private IQueryable<ServiceRequest> OpenRequests() =>
        db.ServiceRequests.AsNoTracking().Where(r => r.Status == RequestStatus.Submitted || r.Status == RequestStatus.InProgress);
}
