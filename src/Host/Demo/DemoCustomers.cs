using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Demo;

/// <summary>Demo customers with one or two accounts and a household meter each; <see cref="DemoBilling"/> reads and bills them.</summary>
internal sealed class DemoCustomers(OrchestratorDbContext db, Random random, TimeProvider clock)
{
    private readonly ChineseNames names = new(random);
    private readonly DemoIdentityNumbers ids = new(random);
    private long nextSerial = 100_000;

    public async Task<List<DemoMeter>> CreateAsync(Guid companyId, int count, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var meters = new List<DemoMeter>();
        for (var i = 0; i < count; i++)
        {
            var customer = NewCustomer(companyId, organisation: i % 20 == 7);
            if (i % 3 == 0) customer.ChangeEmail($"customer{nextSerial}@mail.demo.water");
            db.Customers.Add(customer);
            var properties = i % 7 == 3 ? 2 : 1;
            for (var p = 0; p < properties; p++) meters.Add(AddAccount(customer, today, largeVolume: i % 25 == 11 && p == 0));
            if (i % 50 == 49) await db.SaveChangesAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return meters;
    }

    private Customer NewCustomer(Guid companyId, bool organisation) => organisation
        ? Customer.Register(companyId, CustomerKind.Organisation, names.OrganisationName(), ids.SocialCreditCode(), [names.MobilePhone()])
        : Customer.Register(companyId, CustomerKind.Person, names.PersonName(), ids.ResidentId(), [names.MobilePhone()]);

    private DemoMeter AddAccount(Customer customer, DateOnly today, bool largeVolume)
    {
        var address = names.Address();
        var openedOn = today.AddYears(-2).AddDays(-random.Next(0, 2000));
        var account = Account.Open(customer.CompanyId, customer.Id, AccountNumber.FromSerial(nextSerial++), address,
            WaterNature.Residential, openedOn, isLargeVolume: largeVolume);
        db.Accounts.Add(account);
        var meter = MeteringPoint.Install(customer.CompanyId, account.Id, $"SB{nextSerial:D8}", largeVolume ? 25 : 15,
            (MeterKind)random.Next(0, 4), MeterRole.Household, address, installedOn: openedOn);
        db.MeteringPoints.Add(meter);
        if (largeVolume) db.Deposits.Add(Deposit.Take(customer.CompanyId, account.Id, DepositKind.LargeVolumeWater3Months, 900m, openedOn));
        return new DemoMeter(account.Id, meter.Id, largeVolume, random.Next(100));
    }
}

/// <summary>A demo account's meter and how its customer pays (below 15: stopped paying lately; below 20: pays 20 yuan extra).</summary>
internal sealed record DemoMeter(Guid AccountId, Guid MeterId, bool LargeVolume, int Behaviour);
