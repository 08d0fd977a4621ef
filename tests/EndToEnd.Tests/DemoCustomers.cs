using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;

namespace Orchestrator.EndToEnd.Tests;

public sealed record DemoCustomer(Guid Id, string IdNumber, decimal Arrears);

/// <summary>Picks seeded customers of the city company for a scenario, straight from the database.</summary>
public static class DemoCustomers
{
    public static async Task<DemoCustomer> PersonAsync(KestrelHost host, bool withArrears, IEnumerable<Guid>? exclude = null)
    {
        var excluded = exclude?.ToHashSet() ?? [];
        return await host.WithDbAsync(async db =>
        {
            var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
            var city = await db.Companies.SingleAsync(c => c.Code == "city");
            var people = await db.Customers.Where(c => c.CompanyId == city.Id && c.Kind == CustomerKind.Person).ToListAsync();
            var accounts = await db.Accounts.Where(a => a.CompanyId == city.Id).ToListAsync();
            var bills = await db.Bills.Where(b => b.CompanyId == city.Id).ToListAsync();
            var busy = (await db.ServiceRequests.Where(r => r.Status == RequestStatus.Submitted || r.Status == RequestStatus.InProgress)
                .Select(r => r.CustomerId).ToListAsync()).ToHashSet();
            decimal ArrearsOf(Customer c) => bills
                .Where(b => accounts.Any(a => a.Id == b.AccountId && a.CustomerId == c.Id) && b.DueDate < today).Sum(b => b.Amount - b.AmountPaid);
            var customer = people.Where(c => !excluded.Contains(c.Id) && !busy.Contains(c.Id) && accounts.Any(a => a.CustomerId == c.Id))
                .First(c => withArrears ? ArrearsOf(c) > 0 : ArrearsOf(c) == 0);
            return new DemoCustomer(customer.Id, customer.IdNumber, ArrearsOf(customer));
        });
    }
}
