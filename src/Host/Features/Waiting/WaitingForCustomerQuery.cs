using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Waiting;

/// <summary>
/// The requests of the caller's company that wait for their customer (待客户办理), longest waiting first, a page at a
/// time in SQL (the request table's company scope decides); also the waits of given requests, for customer 360.
/// </summary>
public sealed class WaitingForCustomerQuery(OrchestratorDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<WaitingPage> PageAsync(int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, MaxPageSize));
        var waiting = Rows();
        var total = await waiting.CountAsync(cancellationToken);
        var rows = await waiting.OrderBy(r => r.Wait.Since).ThenBy(r => r.Number).ThenBy(r => r.Wait.ElementId)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new WaitingPage([.. rows.Select(View)], total, page, pageSize);
    }

    /// <summary>The open waits of the given requests (already found in the caller's company), in one query.</summary>
    public async Task<ILookup<string, WaitingRequest>> OfRequestsAsync(IReadOnlyCollection<string> requestNumbers, CancellationToken cancellationToken = default)
    {
        if (requestNumbers.Count == 0) return Array.Empty<WaitingRequest>().ToLookup(w => w.RequestNumber);
        var numbers = requestNumbers.ToList();
        var rows = await Rows().Where(r => numbers.Contains(r.Number)).ToListAsync(cancellationToken);
        return rows.Select(View).OrderBy(w => w.Since).ToLookup(w => w.RequestNumber);
    }

    private IQueryable<Row> Rows() =>
        from wait in CustomerWaitRows.Open(db)
        join request in db.ServiceRequests.AsNoTracking() on wait.RequestNumber equals request.Number
        where request.Status == Domain.Requests.RequestStatus.Submitted || request.Status == Domain.Requests.RequestStatus.InProgress
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
