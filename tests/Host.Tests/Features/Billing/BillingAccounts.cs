using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Billing;

/// <summary>
/// Accounts for the billing scenarios and the hand-workable tariffs they are billed on: residential 180 / 300 m³
/// a year at 2 / 3 / 6 yuan plus 1 yuan sewage (two months: 30 and 50 m³), non-residential 4 yuan plus 2 yuan sewage.
/// </summary>
public static class BillingAccounts
{
    public static async Task UseHandWorkedTariffsAsync(IScenarioHost host) => await host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        await db.Tariffs.IgnoreQueryFilters().Where(t => t.CompanyId == host.CompanyId).ExecuteDeleteAsync();
        db.Tariffs.AddRange(
            TieredTariff.Create(host.CompanyId, "测试居民水价", WaterNature.Residential, [new(180m, 2m), new(300m, 3m), new(null, 6m)],
                surcharges: [DemoTariffs.SewageFee(1m)]),
            TieredTariff.CreateFlat(host.CompanyId, "测试非居民水价", WaterNature.NonResidential, 4m, [DemoTariffs.SewageFee(2m)]));
        await db.SaveChangesAsync();
    });

    /// <summary>A customer with one account and a household meter reading 100 m³, last read on <paramref name="lastReadOn"/>.</summary>
    public static async Task<TestAccount> CreateAsync(IScenarioHost host, DateOnly lastReadOn, WaterNature nature = WaterNature.Residential,
        Action<Account>? shape = null) => await host.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OrchestratorDbContext>();
        var highest = await db.Accounts.IgnoreQueryFilters().OrderByDescending(a => a.Number).Select(a => a.Number).FirstAsync();
        var number = AccountNumber.FromSerial(highest.Serial + 1);
        var customer = Customer.Register(host.CompanyId, CustomerKind.Person, "计费用户" + number.Value[^4..], TestAccounts.NextResidentId(), ["13800138000"]);
        var account = Account.Open(host.CompanyId, customer.Id, number, "计费路" + number.Value[^3..] + "号", nature, lastReadOn.AddYears(-1));
        shape?.Invoke(account);
        var meter = MeteringPoint.Install(host.CompanyId, account.Id, "B" + number.Value, 15, MeterKind.Mechanical, MeterRole.Household,
            account.Address, 100m, lastReadOn);
        db.AddRange(customer, account, meter, AccountCredit.Open(host.CompanyId, account.Id));
        await db.SaveChangesAsync();
        return new TestAccount(customer.Id, number.Value, meter.MeterNumber);
    });
}
