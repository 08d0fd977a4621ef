using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Api;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Waiting;

/// <summary>
/// The requests of the caller's company that wait for their customer (待客户办理), longest waiting first, a page at a
/// time in SQL (the request table's company scope decides); also the waits of given requests, for customer 360.
/// A page is keyset-paged after (since, key) (<see cref="OldestFirstCursor"/>): each waiting step gives at most one
/// page from its own (company, step, open, since, key) index range, and the union's first page is read with its
/// requests and customers in the same command, so a page reads a bounded number of rows however many wait.
/// </summary>
public sealed class WaitingForCustomerQuery(OrchestratorDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    public async Task<OldestFirstPage<WaitingRequest>> PageAsync(
        OldestFirstCursor? after = null, int size = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        var open = OpenRequests();
        var waits = CustomerWaits.TaskSteps.Keys.Concat(CustomerWaits.MessageSteps.Keys)
            .Select(step => After(CustomerWaitRows.AtStep(db, step), after)
                .Where(w => open.Any(r => r.Number == w.RequestNumber))
                .OrderBy(w => w.Since).ThenBy(w => w.Key).Take(size + 1))
            .Aggregate((all, next) => all.Concat(next))
            .OrderBy(w => w.Since).ThenBy(w => w.Key).Take(size + 1);
        var rows = await Joined(waits).OrderBy(r => r.Wait.Since).ThenBy(r => r.Wait.Key).ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? new OldestFirstCursor(page[^1].Wait.Since, page[^1].Wait.Key) : null;
        return new OldestFirstPage<WaitingRequest>([.. page.Select(View)], next);
    }

    /// <summary>The open waits of the given requests (already found in the caller's company), in one query.</summary>
    public async Task<ILookup<string, WaitingRequest>> OfRequestsAsync(IReadOnlyCollection<string> requestNumbers, CancellationToken cancellationToken = default)
    {
        if (requestNumbers.Count == 0) return Array.Empty<WaitingRequest>().ToLookup(w => w.RequestNumber);
        var numbers = requestNumbers.ToList();
        var rows = await Rows().Where(r => numbers.Contains(r.Number)).ToListAsync(cancellationToken);
        return rows.Select(View).OrderBy(w => w.Since).ToLookup(w => w.RequestNumber);
    }

    private IQueryable<Row> Rows() => Joined(CustomerWaitRows.Open(db));

    private static IQueryable<CustomerWaitRow> After(IQueryable<CustomerWaitRow> waits, OldestFirstCursor? after) =>
        after is { } cursor ? waits.Where(w => w.Since >= cursor.Since && (w.Since > cursor.Since || w.Key.CompareTo(cursor.Id) > 0)) : waits;

    private IQueryable<Domain.Requests.ServiceRequest> OpenRequests() =>
        db.ServiceRequests.AsNoTracking()
            .Where(r => r.Status == Domain.Requests.RequestStatus.Submitted || r.Status == Domain.Requests.RequestStatus.InProgress);

    private IQueryable<Row> Joined(IQueryable<CustomerWaitRow> waits) =>
        from wait in waits
        join request in OpenRequests() on wait.RequestNumber equals request.Number
        join customer in db.Customers.AsNoTracking() on request.CustomerId equals customer.Id into customers
        from customer in customers.DefaultIfEmpty()
        select new Row
        {
            Wait = wait, RequestId = request.Id, Number = request.Number, Type = request.Type,
            CustomerId = request.CustomerId, CustomerName = customer == null ? null : customer.Name,
        };

    private static WaitingRequest View(Row r) => new(
        r.RequestId, r.Number, r.Type, r.CustomerId, r.CustomerName, CustomerWaits.KindOf(r.Wait.ElementId), r.Wait.ElementId,
        r.Wait.StepName ?? r.Wait.ElementId, r.Wait.Since, r.Wait.TaskId, r.Wait.Assignee);

    /// <summary>Member-initialised so the database can order and page on it.</summary>
    private sealed class Row
    {
        public CustomerWaitRow Wait { get; init; } = null!;
        public Guid RequestId { get; init; }
        public string Number { get; init; } = "";
        public Domain.Requests.ServiceRequestType Type { get; init; }
        public Guid? CustomerId { get; init; }
        public string? CustomerName { get; init; }
    }
}
