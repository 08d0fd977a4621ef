using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Features.Readings;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Readings;

/// <summary>A reading on the review list: its id and the meter that took it.</summary>
public sealed record PendingReading(Guid ReadingId, string MeterNumber, string AccountNumber);

/// <summary>
/// Puts readings on the review list through the real commands: occupied accounts whose meters read 100 m³ two months
/// ago are read at 100 m³ again today (nothing used), on a book of their own in the current period.
/// </summary>
public static class PendingReadings
{
    public static async Task<List<PendingReading>> CreateAsync(IServiceProvider services, Guid companyId, DateOnly today, int count)
    {
        var office = new BillingStaff(companyId, "office", new HashSet<string> { Roles.BusinessOffice });
        var reader = new BillingStaff(companyId, "reader", new HashSet<string> { Roles.MeterReader });
        var meters = new List<(string Meter, string Account)>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            var highest = await db.Accounts.IgnoreQueryFilters().OrderByDescending(a => a.Number).Select(a => a.Number).FirstAsync();
            for (var i = 1; i <= count; i++)
            {
                var number = AccountNumber.FromSerial(highest.Serial + i);
                var customer = Customer.Register(companyId, CustomerKind.Person, "复核用户" + number.Value[^4..], TestAccounts.NextResidentId(), ["13800138000"]);
                var account = Account.Open(companyId, customer.Id, number, "复核路" + number.Value[^3..] + "号", WaterNature.Residential, today.AddYears(-1));
                var meter = MeteringPoint.Install(companyId, account.Id, "V" + number.Value, 15, MeterKind.Mechanical, MeterRole.Household,
                    account.Address, 100m, today.AddMonths(-2));
                db.AddRange(customer, account, meter, AccountCredit.Open(companyId, account.Id));
                meters.Add((meter.MeterNumber, number.Value));
            }
            await db.SaveChangesAsync();
        }
        var period = ReadingPeriod.Of(today).ToString();
        var book = await InScope(services, s => s.GetRequiredService<OpenReadingBook>().ExecuteAsync(office,
            new OpenReadingBookInput("V" + meters[0].Account[^6..], "复核册", "复核片区", MeterRole.Household, period, "reader")));
        foreach (var (meter, _) in meters)
            await InScope(services, s => s.GetRequiredService<PlaceMeterOnBook>().ExecuteAsync(office, book.Id, meter, null));
        var report = await InScope(services, s => s.GetRequiredService<EnterReadings>().ExecuteAsync(reader, book.Id, period,
            [.. meters.Select(m => new ReadingRow(m.Meter, 100m, today))]));
        if (report.ToReview != count) throw new InvalidOperationException($"Expected {count} readings on the review list, got {report.ToReview}.");
        var taken = await InScope(services, s =>
        {
            var db = s.GetRequiredService<OrchestratorDbContext>();
            return db.MeterReadings.IgnoreQueryFilters().Where(r => r.BookId == book.Id)
                .Join(db.MeteringPoints.IgnoreQueryFilters(), r => r.MeteringPointId, m => m.Id, (r, m) => new { r.Id, m.MeterNumber })
                .ToListAsync();
        });
        return [.. taken.Select(x => new PendingReading(x.Id, x.MeterNumber, meters.Single(m => m.Meter == x.MeterNumber).Account)).OrderBy(p => p.MeterNumber)];
    }

    private static async Task<T> InScope<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
