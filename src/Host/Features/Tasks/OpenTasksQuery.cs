using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Access;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// A page of the open tasks a member of staff may see: their groups' and those given to them by name, of
/// their company only, most urgent first (the deadline order is the SLA order: overdue longest first, then
/// the nearest deadline, tasks without one last). Read in SQL from the task-group index
/// (<see cref="UserTaskGroupRecord"/>): each of the person's groups gives at most one page of keys from its
/// own index range (keyset after the cursor; a business office's work only in the ranges of its own districts
/// and of "no district", see <see cref="OfficeAreas"/>), and the union's first page is read with its tasks,
/// requests and customers in the same command, so a page reads a bounded number of rows however many tasks a
/// unit has. Filters other than "overdue" are checked on the task and request of each index entry read.
/// </summary>
public sealed class OpenTasksQuery(OrchestratorDbContext db, OfficeAreas areas, TaskKeys index, SlaClock sla, TimeProvider clock)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public async Task<OpenTasksPage> PageAsync(
        StaffMember staff, InboxFilter? filter = null, InboxCursor? after = null, int size = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        filter ??= new InboxFilter();
        size = Math.Clamp(size, 1, MaxPageSize);
        var eligible = Eligible(filter);
        var ranges = TaskKeys.InboxOf(staff, filter.View == InboxView.Mine ? [] : staff.CandidateGroups, await areas.VisibleAreasAsync(staff, cancellationToken));
        var keys = index.In(staff.CompanyId, ranges, after, size + 1, filter.OverdueOnly ? clock.GetUtcNow() : null, eligible);
        var rows = await (
                from key in keys
                join task in db.Set<UserTaskRecord>().AsNoTracking() on key.TaskId equals task.Id
                join request in db.ServiceRequests.AsNoTracking() on task.BusinessKey equals request.Number
                join customer in db.Customers.AsNoTracking() on request.CustomerId equals customer.Id into customers
                from customer in customers.DefaultIfEmpty()
                orderby key.DueAt, key.CreatedAt, key.TaskId
                select new
                {
                    key.DueAt, key.CreatedAt, task, request.Number, request.Type, CustomerName = customer == null ? null : customer.Name,
                    HasIncident = Exceptions.RequestIncidents.OpenNumbers(db).Contains(request.Number),
                })
            .ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? new InboxCursor(page[^1].DueAt, page[^1].CreatedAt, page[^1].task.Id) : null;
        return new OpenTasksPage([.. page.Select(r => new InboxItem(
            r.task.Id, r.Number, r.Type, r.CustomerName, r.task.Name ?? r.task.ElementId, r.task.FormKey,
            r.task.CandidateGroupList(), r.task.Assignee, r.task.CreatedAt, r.task.DueAt, sla.StatusOf(r.task.DueAt),
            VariablesJson.Deserialize(r.task.FormFieldsJson), r.HasIncident))], next);
    }

    /// <summary>The tasks the filter lets through; null when every task of the ranges is.</summary>
    private IQueryable<UserTaskRecord>? Eligible(InboxFilter filter)
    {
        var tasks = db.Set<UserTaskRecord>().AsQueryable();
        var filtered = false;
        if (filter.View == InboxView.Queue)
        {
            tasks = tasks.Where(t => t.Assignee == null);
            filtered = true;
        }
        if (filter.FormKey is { } form)
        {
            tasks = tasks.Where(t => t.FormKey == form);
            filtered = true;
        }
        if (filter.Type is { } type)
        {
            tasks = tasks.Where(t => db.ServiceRequests.Any(r => r.Number == t.BusinessKey && r.Type == type));
            filtered = true;
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var number = text.ToUpperInvariant();
            tasks = tasks.Where(t => (t.Name != null && t.Name.Contains(text)) || t.ElementId.Contains(text)
                || db.ServiceRequests.Any(r => r.Number == t.BusinessKey && (r.Number.Contains(number)
                    || db.Customers.Any(c => c.Id == r.CustomerId && c.Name.Contains(text)))));
            filtered = true;
        }
        return filtered ? tasks : null;
    }
}
