using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Customers;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Requests;

public sealed record CustomerMatch(Guid Id, string Name, string Kind, string IdNumber, IReadOnlyList<string> Phones, IReadOnlyList<CustomerAccount> Accounts);

public sealed record CustomerAccount(string Number, string Address, string Status);

/// <summary>
/// Finds customers the way seed 003 asks: by name, phone, ID number, account number or address — one
/// box, any of them. Results are the signed-in user's company only (query filters).
/// </summary>
public sealed class CustomerSearch(OrchestratorDbContext db)
{
    public const int Limit = 20;

    public async Task<IReadOnlyList<CustomerMatch>> FindAsync(string? query, CancellationToken cancellationToken = default)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0) return [];
        var upper = text.ToUpperInvariant();
        var number = AccountNumber.TryParse(text, out var parsed) ? parsed : null;
        var byAccount = db.Accounts.Where(a => (number != null && a.Number == number) || a.Address.Contains(text)).Select(a => a.CustomerId);
        var customers = await db.Customers.AsNoTracking()
            .Where(c => c.Name.Contains(text) || c.IdNumber == upper || c.Phones.Any(p => p.Contains(text)) || byAccount.Contains(c.Id))
            .OrderBy(c => c.Name).Take(Limit).ToListAsync(cancellationToken);
        var ids = customers.Select(c => c.Id).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.CustomerId)).ToListAsync(cancellationToken);
        return [.. customers.Select(c => new CustomerMatch(c.Id, c.Name, c.Kind.ToString(), c.IdNumber, c.Phones,
            [.. accounts.Where(a => a.CustomerId == c.Id).OrderBy(a => a.Number.Value).Select(a => new CustomerAccount(a.Number.Value, a.Address, a.Status.ToString()))]))];
    }
}
