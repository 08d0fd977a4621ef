using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Requests;

public sealed record CustomerMatch(
    Guid Id, string Name, string Kind, string IdNumber, IReadOnlyList<string> Phones, IReadOnlyList<CustomerAccount> Accounts,
    IReadOnlyList<string>? Requests = null);

public sealed record CustomerAccount(string Number, string Address, string Status);

/// <summary>One page of a search: the matches on it, how many match in all, and which page it is (from 1).</summary>
public sealed record CustomerSearchResult(IReadOnlyList<CustomerMatch> Items, int Total, int Page, int PageSize)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Finds customers the way seed 003 asks: by name, phone, ID number, account number, address or request
/// number — one box, any of them. Counted and paged in SQL (ordered by name, then id, so pages never
/// overlap); the signed-in user's company only (query filters).
/// </summary>
public sealed class CustomerSearch(OrchestratorDbContext db)
{
    public const int Limit = 20;

    public async Task<IReadOnlyList<CustomerMatch>> FindAsync(string? query, CancellationToken cancellationToken = default) =>
        (await PageAsync(query, 1, cancellationToken)).Items;

    public async Task<CustomerSearchResult> PageAsync(string? query, int page, CancellationToken cancellationToken = default)
    {
        var text = query?.Trim() ?? "";
        page = Math.Max(1, page);
        if (text.Length == 0) return new([], 0, page, Limit);
        var matching = Matching(text);
        var total = await matching.CountAsync(cancellationToken);
        var customers = await matching.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((page - 1) * Limit).Take(Limit).ToListAsync(cancellationToken);
        var ids = customers.Select(c => c.Id).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.CustomerId)).ToListAsync(cancellationToken);
        var upper = text.ToUpperInvariant();
        var requests = await db.ServiceRequests.AsNoTracking()
            .Where(r => r.CustomerId != null && ids.Contains(r.CustomerId.Value) && r.Number == upper)
            .Select(r => new { CustomerId = r.CustomerId!.Value, r.Number }).ToListAsync(cancellationToken);
        return new([.. customers.Select(c => new CustomerMatch(c.Id, c.Name, c.Kind.ToString(), c.IdNumber, c.Phones,
            [.. accounts.Where(a => a.CustomerId == c.Id).OrderBy(a => a.Number.Value).Select(a => new CustomerAccount(a.Number.Value, a.Address, a.Status.ToString()))],
            [.. requests.Where(r => r.CustomerId == c.Id).Select(r => r.Number)]))], total, page, Limit);
    }

    private IQueryable<Customer> Matching(string text)
    {
        var upper = text.ToUpperInvariant();
        var number = AccountNumber.TryParse(text, out var parsed) ? parsed : null;
        var byAccount = db.Accounts.Where(a => (number != null && a.Number == number) || a.Address.Contains(text)).Select(a => a.CustomerId);
        var byRequest = db.ServiceRequests.Where(r => r.Number == upper && r.CustomerId != null).Select(r => r.CustomerId!.Value);
        return db.Customers.AsNoTracking()
            .Where(c => c.Name.Contains(text) || c.IdNumber == upper || c.Phones.Any(p => p.Contains(text))
                || byAccount.Contains(c.Id) || byRequest.Contains(c.Id));
    }
}
