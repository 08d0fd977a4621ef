using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>
/// The company's backlog per unit, SLA compliance and overdue list. Tasks count for the company of their
/// request (requests are filtered to the user's company).
/// </summary>
public sealed class DashboardQuery(OrchestratorDbContext db, SlaClock sla, TimeProvider clock, Features.Exceptions.OpenIncidentsQuery incidents)
{
    public const int ComplianceDays = 30;

    public async Task<DashboardFigures> LoadAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddDays(-ComplianceDays);
        var rows = await (
                from task in db.Set<UserTaskRecord>().AsNoTracking()
                where task.Status == UserTaskStatus.Open || (task.Status == UserTaskStatus.Completed && task.DueAt != null)
                join request in db.ServiceRequests.AsNoTracking() on task.BusinessKey equals request.Number
                join customer in db.Customers.AsNoTracking() on request.CustomerId equals customer.Id into customers
                from customer in customers.DefaultIfEmpty()
                select new { task, request.Number, request.Type, CustomerName = customer == null ? null : customer.Name })
            .ToListAsync(cancellationToken);
        var open = rows.Where(r => r.task.Status == UserTaskStatus.Open)
            .Select(r => new InboxItem(r.task.Id, r.Number, r.Type, r.CustomerName, r.task.Name ?? r.task.ElementId, r.task.FormKey,
                r.task.CandidateGroupList(), r.task.Assignee, r.task.CreatedAt, r.task.DueAt, sla.StatusOf(r.task.DueAt),
                VariablesJson.Deserialize(r.task.FormFieldsJson)))
            .ToList();
        var completed = rows.Where(r => r.task.Status == UserTaskStatus.Completed && r.task.CompletedAt >= since).Select(r => r.task).ToList();
        var units = CandidateGroups.All.Select(g => new UnitBacklog(
                g.Code,
                open.Count(t => t.CandidateGroups.Contains(g.Code)),
                open.Count(t => t.CandidateGroups.Contains(g.Code) && t.Sla.State == SlaState.Overdue),
                completed.Count(t => t.CandidateGroupList().Contains(g.Code) && t.CompletedAt <= t.DueAt),
                completed.Count(t => t.CandidateGroupList().Contains(g.Code) && t.CompletedAt > t.DueAt)))
            .ToList();
        return new DashboardFigures(units, [.. open.Where(t => t.Sla.State == SlaState.Overdue).OrderBy(t => t.Sla.Urgency)],
            await incidents.CountAsync(cancellationToken));
    }
}
