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
/// own index range (keyset after the cursor), and the union's first page is read with its tasks, requests and
/// customers in the same command, so a page
/// reads a bounded number of rows however many tasks a unit has. Filters other than "overdue" are checked
/// on the task and request of each index entry read.
/// </summary>
public sealed class OpenTasksQuery(OrchestratorDbContext db, OfficeAreas areas, SlaClock sla, TimeProvider clock)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public async Task<OpenTasksPage> PageAsync(
        StaffMember staff, InboxFilter? filter = null, InboxCursor? after = null, int size = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        filter ??= new InboxFilter();
        size = Math.Clamp(size, 1, MaxPageSize);
        var eligible = await EligibleAsync(staff, filter, cancellationToken);
        var now = clock.GetUtcNow();
        var keys = Groups(staff, filter)
            .Select(group => Branch(staff.CompanyId, group, after, filter.OverdueOnly ? now : null, eligible, size + 1))
            .Aggregate((all, next) => all.Union(next))
            .OrderBy(k => k.DueAt).ThenBy(k => k.CreatedAt).ThenBy(k => k.TaskId)
            .Take(size + 1);
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

    /// <summary>The index groups the page reads: the person's own row group, and their candidate groups unless "mine" only.</summary>
    private static IEnumerable<string> Groups(StaffMember staff, InboxFilter filter)
    {
        var own = UserTaskGroupRecord.AssigneeGroup(staff.UserName);
        return filter.View == InboxView.Mine ? [own] : [own, .. staff.CandidateGroups];
    }

    private IQueryable<InboxKey> Branch(Guid company, string group, InboxCursor? after, DateTimeOffset? dueBefore, IQueryable<UserTaskRecord>? eligible, int take)
    {
        var rows = db.Set<UserTaskGroupRecord>().Where(r => r.TenantId == company && r.Group == group);
        if (after is { } cursor)
        {
            rows = rows.Where(r => r.DueAt >= cursor.DueAt && (r.DueAt > cursor.DueAt || r.CreatedAt > cursor.CreatedAt
                || (r.CreatedAt == cursor.CreatedAt && r.TaskId.CompareTo(cursor.TaskId) > 0)));
        }
        if (dueBefore is { } overdue) rows = rows.Where(r => r.DueAt < overdue);
        if (eligible is not null) rows = rows.Where(r => eligible.Any(t => t.Id == r.TaskId));
        return rows.OrderBy(r => r.DueAt).ThenBy(r => r.CreatedAt).ThenBy(r => r.TaskId).Take(take)
            .Select(r => new InboxKey { TaskId = r.TaskId, DueAt = r.DueAt, CreatedAt = r.CreatedAt });
    }

    /// <summary>The tasks the filter and the office's areas let through; null when every task of the groups is.</summary>
    private async Task<IQueryable<UserTaskRecord>?> EligibleAsync(StaffMember staff, InboxFilter filter, CancellationToken cancellationToken)
    {
        var all = db.Set<UserTaskRecord>().AsQueryable();
        var tasks = await areas.FilterAsync(all, staff, cancellationToken);
        var filtered = !ReferenceEquals(tasks, all);
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

    /// <summary>A task's place in the inbox order.</summary>
    private sealed class InboxKey
    {
        public Guid TaskId { get; init; }

        public DateTimeOffset DueAt { get; init; }

        public DateTimeOffset CreatedAt { get; init; }
    }
}
