using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Features.Customers;

/// <summary>Everything about one customer of the user's company: accounts, meters, money, and every request with its timeline.</summary>
public sealed class Customer360Query(OrchestratorDbContext db, CustomerAccountsQuery accounts, RequestHistoryQuery history)
{
    public async Task<Customer360?> LoadAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        if (await accounts.LoadAsync(customerId, cancellationToken) is not { } customer) return null;
        var accountIds = customer.Accounts.Select(a => a.Id).ToList();
        var requests = await db.ServiceRequests.AsNoTracking()
            .Where(r => r.CustomerId == customerId || (r.AccountId != null && accountIds.Contains(r.AccountId.Value)))
            .ToListAsync(cancellationToken);
        var lines = new List<CustomerRequest>();
        foreach (var request in requests.OrderByDescending(r => r.CreatedAt))
            lines.Add(new CustomerRequest(RequestFacts.Of(request), await history.LoadAsync(request.Id, request.Number, cancellationToken)));
        return new Customer360(customer, lines);
    }
}
