using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Tests.Persistence;

/// <summary>A company with one customer and account, saved; what each persistence test starts from.</summary>
internal sealed record PersistenceTestData(WaterCompany Company, Customer Customer, Account Account)
{
    private static long serial = 500_000;

    public static async Task<PersistenceTestData> SaveAsync(OrchestratorDbContext db, string companyCode)
    {
        var group = Group.Create("g-" + companyCode, "测试集团 " + companyCode);
        var company = WaterCompany.Create(group.Id, companyCode, "测试水司 " + companyCode);
        var customer = Customer.Register(company.Id, CustomerKind.Person, "张三", "11010519491231002X", ["13800138000"]);
        var account = Account.Open(company.Id, customer.Id, AccountNumber.FromSerial(Interlocked.Increment(ref serial)),
            "城东区人民路1号", WaterNature.Residential, new DateOnly(2024, 1, 1));
        db.AddRange(group, company, customer, account);
        await db.SaveChangesAsync();
        return new PersistenceTestData(company, customer, account);
    }
}
