using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Demo;

/// <summary>Demo customers with one or two accounts, a meter each, and a year of bimonthly bills and payments.</summary>
internal sealed class DemoCustomers(OrchestratorDbContext db, Random random, TimeProvider clock)
{
    private readonly ChineseNames names = new(random);
    private readonly DemoIdentityNumbers ids = new(random);
    private long nextSerial = 100_000;

    public async Task CreateAsync(Guid companyId, int count, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        for (var i = 0; i < count; i++)
        {
            var customer = NewCustomer(companyId, organisation: i % 20 == 7);
            if (i % 3 == 0) customer.ChangeEmail($"customer{nextSerial}@mail.demo.water");
            db.Customers.Add(customer);
            var properties = i % 7 == 3 ? 2 : 1;
            for (var p = 0; p < properties; p++) AddAccountWithHistory(customer, today, largeVolume: i % 25 == 11 && p == 0);
            if (i % 50 == 49) await db.SaveChangesAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private Customer NewCustomer(Guid companyId, bool organisation) => organisation
        ? Customer.Register(companyId, CustomerKind.Organisation, names.OrganisationName(), ids.SocialCreditCode(), [names.MobilePhone()])
        : Customer.Register(companyId, CustomerKind.Person, names.PersonName(), ids.ResidentId(), [names.MobilePhone()]);

    private void AddAccountWithHistory(Customer customer, DateOnly today, bool largeVolume)
    {
        var address = names.Address();
        var openedOn = today.AddYears(-2).AddDays(-random.Next(0, 2000));
        var account = Account.Open(customer.CompanyId, customer.Id, AccountNumber.FromSerial(nextSerial++), address,
            WaterNature.Residential, openedOn, isLargeVolume: largeVolume);
        db.Accounts.Add(account);
        db.MeteringPoints.Add(MeteringPoint.Install(customer.CompanyId, account.Id, $"SB{nextSerial:D8}", largeVolume ? 25 : 15,
            (MeterKind)random.Next(0, 4), MeterRole.Household, address, installedOn: openedOn));

        var ledger = new AccountLedger(account, [], [], [], null);
        db.Credits.Add(ledger.Credit);
        var behaviour = random.Next(100);
        foreach (var (period, issuedOn) in RecentBimonthlyPeriods(today))
        {
            var volume = random.Next(6, largeVolume ? 120 : 40);
            var bill = ledger.IssueBill(period, volume, volume * 5m, issuedOn, issuedOn.AddDays(20));
            db.Bills.Add(bill);
            var settles = behaviour >= 15 || issuedOn < today.AddMonths(-4);
            if (!settles || bill.Outstanding == 0) continue;
            var overpay = behaviour < 20 ? 20m : 0m;
            var payment = Payment.Receive(account.CompanyId, account.Id, (PaymentChannel)random.Next(0, 6),
                $"DEMO-{account.Number}-{period}", bill.Outstanding + overpay, ChinaTime.At(issuedOn.AddDays(10), new TimeOnly(10, 0)));
            ledger.ApplyPayment(payment);
            db.Payments.Add(payment);
        }
        if (largeVolume) db.Deposits.Add(ledger.HoldDeposit(DepositKind.LargeVolumeWater3Months, 900m, openedOn));
    }

    private static IEnumerable<(string Period, DateOnly IssuedOn)> RecentBimonthlyPeriods(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
        for (var month = first; month.AddMonths(2) <= today; month = month.AddMonths(2))
        {
            yield return ($"{month:yyyy-MM}", month.AddMonths(2));
        }
    }
}
