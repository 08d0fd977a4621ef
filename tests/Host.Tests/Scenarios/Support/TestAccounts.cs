using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Tests.Scenarios.Support;

/// <summary>A customer with one account and a meter, optionally owing an overdue bill.</summary>
public sealed record TestAccount(Guid CustomerId, string AccountNumber, string MeterNumber);

public static class TestAccounts
{
    private static int idSerial;

    public static async Task<TestAccount> CreateAsync(
        IScenarioHost host, decimal arrears = 0, bool collective = false, decimal lastReading = 100, string? district = null)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var today = Orchestrator.Domain.Calendar.ChinaTime.DateOf(host.Clock.GetUtcNow());
        var highest = await db.Accounts.IgnoreQueryFilters().OrderByDescending(a => a.Number).Select(a => a.Number).FirstAsync();
        var number = AccountNumber.FromSerial(highest.Serial + 1);
        var customer = Customer.Register(host.CompanyId, CustomerKind.Person, "测试用户" + number.Value[^4..], NextResidentId(), ["13800138000"]);
        var account = Account.Open(host.CompanyId, customer.Id, number, district + "测试路" + number.Value[^3..] + "号", WaterNature.Residential,
            today.AddYears(-1), isCollective: collective);
        var meter = MeteringPoint.Install(host.CompanyId, account.Id, "T" + number.Value, 15, MeterKind.Mechanical, MeterRole.Household,
            account.Address, lastReading, today.AddMonths(-2));
        var ledger = new AccountLedger(account, [], [], [], null);
        db.AddRange(customer, account, meter, ledger.Credit);
        if (arrears > 0) db.Add(ledger.IssueBill($"{today.AddMonths(-2):yyyy-MM}", 10, arrears, today.AddMonths(-2), today.AddMonths(-1)));
        await db.SaveChangesAsync();
        return new TestAccount(customer.Id, number.Value, meter.MeterNumber);
    }

    /// <summary>A valid 18-digit resident ID, different on each call.</summary>
    public static string NextResidentId()
    {
        var body = "11010119900101" + (Interlocked.Increment(ref idSerial) % 1000).ToString("D3");
        return body + ResidentIdNumber.CheckCharacter(body);
    }
}
