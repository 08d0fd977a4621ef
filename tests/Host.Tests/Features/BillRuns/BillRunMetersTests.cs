using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Features.Accounts;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Features.BillRuns;
using Orchestrator.Host.Features.Readings;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Billing;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.BillRuns;

/// <summary>
/// Accounts with more than one meter in a bill run (<see cref="BillRunBatches"/>): two meters on the book make one
/// bill for both readings; a second meter that is on no book does not keep the account from its bill. Amounts on
/// the hand-worked tariffs of <see cref="BillingAccounts"/> (two months: the first 30 m³ at 2 yuan, sewage 1 yuan).
/// </summary>
public abstract class BillRunMetersTests(IScenarioHost host)
{
    private BillingStaff Office => new(host.CompanyId, "office", new HashSet<string> { Roles.BusinessOffice });

    private BillingStaff Manager => new(host.CompanyId, "officemgr", new HashSet<string> { Roles.BusinessOfficeManager, Roles.BusinessOffice });

    private Task<T> Do<T>(Func<IServiceProvider, Task<T>> work) => host.InScopeAsync(work);

    [Fact]
    public async Task An_account_is_billed_once_for_all_its_meters_on_the_book_and_a_meter_on_no_book_changes_nothing()
    {
        await BillingAccounts.UseHandWorkedTariffsAsync(host);
        var july = new DateOnly(2026, 7, 25);
        host.Clock.Set(new DateOnly(2026, 8, 1), new TimeOnly(9, 0));
        var twoOnBook = await BillingAccounts.CreateAsync(host, july);
        var secondOfTwo = await AddMeterAsync(twoOnBook, "M2", july);
        var oneOnBook = await BillingAccounts.CreateAsync(host, july);
        await AddMeterAsync(oneOnBook, "M2", july);

        var book = await Do(s => s.GetRequiredService<OpenReadingBook>().ExecuteAsync(Office,
            new OpenReadingBookInput("M" + twoOnBook.AccountNumber[^5..], "多表册", "测试片区", MeterRole.Household, "2026-09", "reader")));
        foreach (var meter in new[] { twoOnBook.MeterNumber, oneOnBook.MeterNumber, secondOfTwo })
            await Do(s => s.GetRequiredService<PlaceMeterOnBook>().ExecuteAsync(Office, book.Id, meter, null));

        host.Clock.Set(new DateOnly(2026, 9, 28), new TimeOnly(16, 0));
        var readOn = new DateOnly(2026, 9, 25);
        var report = await Do(s => s.GetRequiredService<EnterReadings>().ExecuteAsync(new BillingStaff(host.CompanyId, "reader", new HashSet<string> { Roles.MeterReader }),
            book.Id, "2026-09",
            [
                new ReadingRow(twoOnBook.MeterNumber, 110m, readOn),
                new ReadingRow(oneOnBook.MeterNumber, 120m, readOn),
                new ReadingRow(secondOfTwo, 115m, readOn),
            ]));
        Assert.Equal((3, 0, 0), (report.Accepted, report.Refused, report.ToReview));

        var run = await Do(s => s.GetRequiredService<RunBills>().ExecuteAsync(Office, book.Id, "2026-09"));
        // two meters: 10 + 15 = 25 m³ → 25 × 2 + 25 sewage = 75.00; one meter on the book: 20 m³ → 40 + 20 = 60.00
        Assert.Equal((2, 135m, 45m), (run.BilledAccounts, run.Amount, run.VolumeM3));

        host.Clock.Set(new DateOnly(2026, 9, 30), new TimeOnly(9, 0));
        await Do(s => s.GetRequiredService<ReleaseBillRun>().ExecuteAsync(Manager, run.Id));
        var both = Assert.Single(await Do(s => s.GetRequiredService<AccountBillsQuery>().BillsAsync(twoOnBook.AccountNumber)));
        Assert.Equal((25m, 75m), (both.VolumeM3, both.Amount));
        var one = Assert.Single(await Do(s => s.GetRequiredService<AccountBillsQuery>().BillsAsync(oneOnBook.AccountNumber)));
        Assert.Equal((20m, 60m), (one.VolumeM3, one.Amount));
        Assert.Equal(3, await Do(s => s.GetRequiredService<OrchestratorDbContext>().MeterReadings.CountAsync(r => r.BillRunId == run.Id)));
    }

    private Task<string> AddMeterAsync(TestAccount account, string suffix, DateOnly installedOn) => Do(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var owner = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.CompanyId == host.CompanyId && a.Number == AccountNumber.Parse(account.AccountNumber));
        var meter = MeteringPoint.Install(host.CompanyId, owner.Id, account.MeterNumber + suffix, 15, MeterKind.Mechanical, MeterRole.Household,
            owner.Address, 100m, installedOn);
        db.Add(meter);
        await db.SaveChangesAsync();
        return meter.MeterNumber;
    });
}

public sealed class BillRunMetersSqliteTests(SqliteScenarioHost host) : BillRunMetersTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class BillRunMetersPostgresTests(PostgresScenarioHost host) : BillRunMetersTests(host), IClassFixture<PostgresScenarioHost>;
