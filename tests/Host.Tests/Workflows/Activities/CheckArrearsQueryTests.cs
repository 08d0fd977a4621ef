using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Persistence;
using Orchestrator.Workflows.Activities.Ledger;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Host.Tests.Workflows.Activities;

/// <summary>
/// The arrears check (核查欠费) reads a constant number of queries whatever the number of the customer's accounts,
/// and still sums only bills past their due date on every account of the customer.
/// </summary>
public abstract class CheckArrearsQueryTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private readonly TDatabase database = new();
    private readonly CommandCounter counter = new();
    private PersistenceHarness harness = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        harness = new PersistenceHarness(database, counter);
        await harness.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task One_account_or_six_the_check_reads_the_same_three_queries()
    {
        var single = await CustomerAsync(accounts: 1, overdueYuan: 80m);
        var many = await CustomerAsync(accounts: 6, overdueYuan: 25m);

        var (singleResult, singleCommands) = await CheckAsync(single);
        var (manyResult, manyCommands) = await CheckAsync(many);

        Assert.Equal("owing", singleResult.Outcome);
        Assert.Equal(80m, Convert.ToDecimal(singleResult.Outputs!["arrears"]));
        Assert.Equal("owing", manyResult.Outcome);
        Assert.Equal(6 * 25m, Convert.ToDecimal(manyResult.Outputs!["arrears"]));
        Assert.Equal(6, ((IEnumerable<string>)manyResult.Outputs["arrearsAccounts"]!).Count());
        Assert.Equal(3, singleCommands.Count); // the accounts, their overdue bills, the request for the timeline note
        Assert.Equal(singleCommands.Count, manyCommands.Count);
    }

    [Fact]
    public async Task Bills_not_yet_due_are_not_arrears()
    {
        var customer = await CustomerAsync(accounts: 3, overdueYuan: 0m);

        var (result, _) = await CheckAsync(customer);

        Assert.Equal("clear", result.Outcome);
        Assert.Equal(0m, Convert.ToDecimal(result.Outputs!["arrears"]));
    }

    private async Task<(ActivityResult Result, IReadOnlyList<string> Commands)> CheckAsync(TestCustomer customer)
    {
        await using var scope = harness.NewScope();
        var context = new ActivityContext
        {
            InstanceId = Guid.NewGuid(), ProcessKey = "new_connection", ElementId = "CheckArrears",
            Inputs = new Dictionary<string, object?>
            {
                ["requestId"] = customer.RequestId.ToString(), ["accountNumber"] = customer.FirstAccount,
                ["customerId"] = customer.CustomerId.ToString(), ["companyId"] = customer.CompanyId.ToString(),
            },
            Headers = new Dictionary<string, string>(), Variables = new Dictionary<string, object?>(), Services = scope.ServiceProvider,
        };
        counter.Reset();
        counter.Counting = true;
        var result = await new CheckArrears().ExecuteAsync(context);
        counter.Counting = false;
        return (result, counter.Commands);
    }

    /// <summary>A customer whose every account has one bill overdue by <paramref name="overdueYuan"/> and one not yet due.</summary>
    private async Task<TestCustomer> CustomerAsync(int accounts, decimal overdueYuan)
    {
        await using var scope = harness.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var data = await PersistenceTestData.SaveAsync(db, "arr" + Guid.NewGuid().ToString("N")[..6]);
        var numbers = new List<string> { data.Account.Number.Value };
        for (var i = 1; i < accounts; i++)
        {
            var account = Account.Open(data.Company.Id, data.Customer.Id, AccountNumber.FromSerial(Random.Shared.Next(700_000, 999_999)),
                $"城东区人民路{i + 1}号", WaterNature.Residential, new DateOnly(2024, 1, 1));
            db.Add(account);
            numbers.Add(account.Number.Value);
        }
        await db.SaveChangesAsync();
        var ledgers = new LedgerRepository(db);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var number in numbers)
        {
            var ledger = await ledgers.LoadAsync(number);
            if (overdueYuan > 0) db.Add(ledger.IssueBill("2025-01", 10m, overdueYuan, new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 20)));
            db.Add(ledger.IssueBill("2099-01", 10m, 99m, today, today.AddDays(20)));
        }
        var request = ServiceRequest.Submit(new RequestIntake(data.Company.Id, ServiceRequestType.NewConnection, ApplicantKind.Individual,
            RequestChannel.Counter, "城东区人民路1号", "arrears check"), Random.Shared.Next(1, 99_999), DateTimeOffset.UtcNow);
        db.ServiceRequests.Add(request);
        await db.SaveChangesAsync();
        return new TestCustomer(data.Company.Id, data.Customer.Id, numbers[0], request.Id);
    }

    private sealed record TestCustomer(Guid CompanyId, Guid CustomerId, string FirstAccount, Guid RequestId);
}

public sealed class SqliteCheckArrearsQueryTests : CheckArrearsQueryTests<SqliteTestDatabase>;

public sealed class PostgresCheckArrearsQueryTests : CheckArrearsQueryTests<PostgresTestDatabase>;
