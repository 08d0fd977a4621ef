using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Bench.Scenarios.BillRun;

/// <summary>
/// One company with one household reading book of <see cref="Accounts"/> accounts, each with a meter on the
/// route and one reading in the period (6–45 m³, a tenth of them on relief), written through the domain's
/// factories in batches.
/// </summary>
public sealed class BillRunDataSet(int accounts)
{
    public const string Period = "2026-09";

    public int Accounts { get; } = accounts;

    public Guid CompanyId { get; private set; }

    public Guid BookId { get; private set; }

    public async Task LoadAsync(Func<OrchestratorDbContext> open)
    {
        var random = new Random(14);
        var lastRead = new DateOnly(2026, 7, 25);
        var readOn = new DateOnly(2026, 9, 25);
        var settings = ReadingSettings.Default;
        await using (var db = open())
        {
            var group = Group.Create("bench", "基准集团");
            var company = WaterCompany.Create(group.Id, "bench", "基准水司");
            CompanyId = company.Id;
            var book = ReadingBook.Open(company.Id, "BENCH", "基准册", "基准片区", MeterRole.Household, settings, ReadingPeriod.Parse(Period));
            BookId = book.Id;
            db.AddRange(group, company, book, DemoTariffs.BeijingResidentialLines(company.Id), BillingSettings.DefaultFor(company.Id));
            await db.SaveChangesAsync();
        }
        const int batch = 5_000;
        for (var start = 0; start < Accounts; start += batch)
        {
            await using var db = open();
            var book = await db.ReadingBooks.SingleAsync(b => b.Id == BookId);
            var idBody = $"11010119900101{start / batch % 1000:D3}";
            var customer = Customer.Register(CompanyId, CustomerKind.Person, $"基准客户{start}", idBody + ResidentIdNumber.CheckCharacter(idBody), ["13800138000"]);
            db.Add(customer);
            for (var i = start; i < Math.Min(Accounts, start + batch); i++)
            {
                var account = Account.Open(CompanyId, customer.Id, AccountNumber.FromSerial(100_000 + i), $"基准路 {i} 号", WaterNature.Residential, new DateOnly(2020, 1, 1));
                if (i % 10 == 3) account.GrantRelief(Domain.Relief.ReliefKind.LowIncome, new DateOnly(2026, 8, 1));
                var meter = MeteringPoint.Install(CompanyId, account.Id, $"BM{i:D8}", 15, MeterKind.Mechanical, MeterRole.Household, account.Address, 100m, lastRead);
                var reading = MeterReadings.Take(account, meter, [], new ReadingInput(100m + random.Next(6, 46), readOn, Period: Period),
                    settings, "bench", DateTimeOffset.UtcNow, book.Id);
                db.AddRange(account, meter, book.Place(meter, i + 1), reading);
            }
            await db.SaveChangesAsync();
        }
    }
}
