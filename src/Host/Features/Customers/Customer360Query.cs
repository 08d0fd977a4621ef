using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Features.History;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Customers;

/// <summary>
/// Everything about one customer of the user's company: accounts, meters, money, and every request with its
/// history, whether it is stopped at a failed step (异常) and what it waits for from the customer. A fixed number
/// of queries whatever the number of requests: the histories, incidents and waits are read for all requests at once.
/// </summary>
public sealed class Customer360Query(OrchestratorDbContext db, CustomerAccountsQuery accounts, Waiting.WaitingForCustomerQuery waiting)
{
    public async Task<Customer360?> LoadAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        if (await accounts.LoadAsync(customerId, cancellationToken) is not { } customer) return null;
        var accountIds = customer.Accounts.Select(a => a.Id).ToList();
        var requests = await db.ServiceRequests.AsNoTracking()
            .Where(r => r.CustomerId == customerId || (r.AccountId != null && accountIds.Contains(r.AccountId.Value)))
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var numbers = requests.Select(r => r.Number).ToList();
        var histories = await new RequestHistory(db).LinesOfAsync([.. requests.Select(r => r.Id)], CultureInfo.CurrentUICulture, cancellationToken);
        var failed = numbers.Count == 0 ? [] : (await RequestIncidents.OpenNumbers(db).Where(n => numbers.Contains(n!)).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var waits = await waiting.OfRequestsAsync(numbers, cancellationToken);
        return new Customer360(customer,
        [
            .. requests.Select(r => new CustomerRequest(RequestFacts.Of(r), histories[r.Id], failed.Contains(r.Number), [.. waits[r.Number]])),
        ]);
    }
}
