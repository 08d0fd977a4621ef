using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;

namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>A seeded account of the city company that owes nothing and has no request under way, with its meter's last reading.</summary>
public sealed record JourneyAccount(Guid CustomerId, string AccountNumber, string Address, decimal LastReading);

public static class JourneyAccounts
{
    private static int serial;

    /// <summary>An active, owing-nothing account whose address begins with one of <paramref name="districts"/> (any when empty).</summary>
    public static Task<JourneyAccount> FindAsync(KestrelHost host, params string[] districts) => host.WithDbAsync(async db =>
    {
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var city = await db.Companies.SingleAsync(c => c.Code == "city");
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.CompanyId == city.Id && a.Status == AccountStatus.Active).ToListAsync();
        var owing = (await db.Bills.AsNoTracking().Where(b => b.CompanyId == city.Id && b.DueDate < today && b.AmountPaid < b.Amount)
            .Select(b => b.AccountId).ToListAsync()).ToHashSet();
        var busy = (await db.ServiceRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Submitted || r.Status == RequestStatus.InProgress).Select(r => r.CustomerId).ToListAsync()).ToHashSet();
        var people = (await db.Customers.AsNoTracking().Where(c => c.CompanyId == city.Id && c.Kind == CustomerKind.Person).Select(c => c.Id).ToListAsync()).ToHashSet();
        var meters = await db.MeteringPoints.AsNoTracking().Where(m => m.CompanyId == city.Id && m.Role == MeterRole.Household).ToListAsync();
        var owingCustomers = accounts.Where(a => owing.Contains(a.Id)).Select(a => a.CustomerId).ToHashSet();
        var account = accounts.First(a => people.Contains(a.CustomerId) && !owingCustomers.Contains(a.CustomerId) && !busy.Contains(a.CustomerId)
            && meters.Any(m => m.AccountId == a.Id) && (districts.Length == 0 || districts.Any(d => a.Address.StartsWith(d, StringComparison.Ordinal))));
        var meter = meters.First(m => m.AccountId == account.Id);
        return new JourneyAccount(account.CustomerId, account.Number.ToString(), account.Address, meter.LastReadingM3 ?? 0);
    });

    /// <summary>A valid 18-digit resident ID no seeded customer has.</summary>
    public static string NewResidentId()
    {
        var body = "11010519850101" + (700 + Interlocked.Increment(ref serial)).ToString("D3");
        return body + ResidentIdNumber.CheckCharacter(body);
    }
}
