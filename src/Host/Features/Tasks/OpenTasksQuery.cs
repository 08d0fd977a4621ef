using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Access;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// The open tasks a member of staff may see. Engine rows carry no company, so a task belongs to the
/// company of the request its business key names (requests are filtered to the user's company), and to
/// the person by candidate group or assignee.
/// </summary>
public sealed class OpenTasksQuery(OrchestratorDbContext db, OfficeAreas areas, SlaClock sla)
{
    public async Task<IReadOnlyList<InboxItem>> LoadAsync(StaffMember staff, CancellationToken cancellationToken = default)
    {
        var visible = await areas.FilterAsync(db.Set<UserTaskRecord>().AsNoTracking().Where(VisibleTasks.To(staff)), staff, cancellationToken);
        var rows = await (
                from task in visible
                where task.Status == UserTaskStatus.Open
                join request in db.ServiceRequests.AsNoTracking() on task.BusinessKey equals request.Number
                join customer in db.Customers.AsNoTracking() on request.CustomerId equals customer.Id into customers
                from customer in customers.DefaultIfEmpty()
                select new
                {
                    task, request.Number, request.Type, CustomerName = customer == null ? null : customer.Name,
                    HasIncident = Exceptions.RequestIncidents.OpenNumbers(db).Contains(request.Number),
                })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new InboxItem(
                r.task.Id, r.Number, r.Type, r.CustomerName, r.task.Name ?? r.task.ElementId, r.task.FormKey,
                r.task.CandidateGroupList(), r.task.Assignee, r.task.CreatedAt, r.task.DueAt, sla.StatusOf(r.task.DueAt),
                VariablesJson.Deserialize(r.task.FormFieldsJson), r.HasIncident))
            .OrderBy(i => i.Sla.Urgency).ThenBy(i => i.DueAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.CreatedAt)];
    }
}
