using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Ledger;
using Orchestrator.Workflows.Activities.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Persistence;

/// <summary>The same persistence suite on every provider; subclasses only say which database.</summary>
public abstract class PersistenceTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private readonly TDatabase database = new();
    private PersistenceHarness harness = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        harness = new PersistenceHarness(database);
        await harness.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await database.DisposeAsync();
    }

    private OrchestratorDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();

    [Fact]
    public async Task Migrations_match_the_model_exactly()
    {
        await using var scope = harness.NewScope();
        Assert.Empty(await Db(scope).Database.GetPendingMigrationsAsync());
        Assert.False(Db(scope).Database.HasPendingModelChanges(), "The model has changes that no migration captures.");
    }

    [Fact]
    public async Task Customer_account_and_holiday_table_round_trip()
    {
        PersistenceTestData data;
        await using (var scope = harness.NewScope())
        {
            data = await PersistenceTestData.SaveAsync(Db(scope), "rt");
            Db(scope).HolidayTables.Add(ChinaStatutoryHolidays.Year2026);
            await Db(scope).SaveChangesAsync();
        }

        await using var read = harness.NewScope();
        var account = await Db(read).Accounts.SingleAsync(a => a.Number == data.Account.Number);
        var customer = await Db(read).Customers.SingleAsync(c => c.Id == account.CustomerId);
        var holidays = await Db(read).HolidayTables.SingleAsync(t => t.Year == 2026);
        Assert.Equal("张三", customer.Name);
        Assert.Equal(["13800138000"], customer.Phones);
        Assert.Equal(data.Account.Number, account.Number);
        Assert.Contains(new DateOnly(2026, 10, 1), holidays.DaysOff);
        Assert.Contains(new DateOnly(2026, 10, 10), holidays.MakeUpWorkingDays);
        Assert.Single(await Db(read).Customers.Where(c => c.Phones.Contains("13800138000")).ToListAsync());
    }

    [Fact]
    public async Task A_payment_repeated_with_the_same_key_pays_once_and_returns_the_first_result()
    {
        var number = await AccountWithBillsAsync("pay", 100m, 50m);
        var command = new RecordPayment(number, PaymentChannel.WeChat, "wx-0001", 120m);

        var first = await RecordAsync(command);
        var again = await RecordAsync(command);

        Assert.Equal(first.PaymentId, again.PaymentId);
        await using var scope = harness.NewScope();
        var ledger = await scope.ServiceProvider.GetRequiredService<LedgerRepository>().LoadAsync(number);
        Assert.Single(ledger.Payments);
        Assert.Equal(30m, ledger.Outstanding);
        await Assert.ThrowsAsync<IdempotencyKeyConflictException>(() => RecordAsync(command with { Amount = 99m }));
    }

    [Fact]
    public async Task Concurrent_callbacks_with_one_key_record_one_payment()
    {
        var number = await AccountWithBillsAsync("race", 80m);
        var command = new RecordPayment(number, PaymentChannel.Alipay, "ali-race-1", 80m);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => RecordAsync(command))));

        Assert.Single(results.Select(r => r.PaymentId).Distinct());
        await using var scope = harness.NewScope();
        Assert.Equal(1, await Db(scope).Payments.CountAsync(p => p.IdempotencyKey == "ali-race-1"));
    }

    [Fact]
    public async Task An_overpayment_is_credited_and_applied_to_the_next_bill()
    {
        var number = await AccountWithBillsAsync("credit", 40m);
        await RecordAsync(new RecordPayment(number, PaymentChannel.Counter, "counter-1", 100m));

        await using (var scope = harness.NewScope())
        {
            var ledger = await scope.ServiceProvider.GetRequiredService<LedgerRepository>().LoadAsync(number);
            Assert.Equal(60m, ledger.Credit.Balance);
            Db(scope).Bills.Add(ledger.IssueBill("2026-11", 10, 45m, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 21)));
            await Db(scope).SaveChangesAsync();
        }

        await using var read = harness.NewScope();
        var reloaded = await read.ServiceProvider.GetRequiredService<LedgerRepository>().LoadAsync(number);
        Assert.Equal(15m, reloaded.Credit.Balance);
        Assert.Equal(0m, reloaded.Outstanding);
    }

    [Fact]
    public async Task A_stale_concurrency_token_is_a_conflict_and_writes_nothing()
    {
        Guid accountId;
        await using (var setup = harness.NewScope()) accountId = (await PersistenceTestData.SaveAsync(Db(setup), "cc")).Account.Id;

        await using var first = harness.NewScope();
        await using var second = harness.NewScope();
        var mine = await Db(first).Accounts.SingleAsync(a => a.Id == accountId);
        var theirs = await Db(second).Accounts.SingleAsync(a => a.Id == accountId);
        mine.Suspend();
        await Db(first).SaveChangesAsync();
        theirs.Close();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => Db(second).SaveChangesAsync());
        await using var read = harness.NewScope();
        Assert.Equal(AccountStatus.Suspended, (await Db(read).Accounts.SingleAsync(a => a.Id == accountId)).Status);
    }

    [Fact]
    public async Task Queries_see_only_the_scoped_company()
    {
        PersistenceTestData mine, other;
        await using (var setup = harness.NewScope())
        {
            mine = await PersistenceTestData.SaveAsync(Db(setup), "mine");
            other = await PersistenceTestData.SaveAsync(Db(setup), "other");
        }

        harness.CompanyScope = mine.Company.Id;
        await using var scope = harness.NewScope();
        var visible = await Db(scope).Accounts.Select(a => a.Id).ToListAsync();
        Assert.Contains(mine.Account.Id, visible);
        Assert.DoesNotContain(other.Account.Id, visible);
        var ex = await Assert.ThrowsAsync<Orchestrator.Domain.DomainException>(() =>
            scope.ServiceProvider.GetRequiredService<LedgerRepository>().LoadAsync(other.Account.Number.Value));
        Assert.Equal("account.not-found", ex.Code);
    }

    [Fact]
    public async Task A_mistyped_account_number_is_rejected_before_anything_is_written()
    {
        await using var scope = harness.NewScope();
        var recorder = scope.ServiceProvider.GetRequiredService<PaymentRecorder>();
        var ex = await Assert.ThrowsAsync<InvalidAccountNumberException>(() =>
            recorder.RecordAsync(new RecordPayment("1234567890", PaymentChannel.Bank, "bank-x", 10m)));
        Assert.Contains("1234567890", ex.Message);
        Assert.Equal(0, await Db(scope).Payments.CountAsync());
    }

    [Fact]
    public async Task Negative_amounts_are_rejected_naming_the_field_and_nothing_is_written()
    {
        var number = await AccountWithBillsAsync("neg", 10m);
        var ex = await Assert.ThrowsAsync<InvalidAmountException>(() =>
            RecordAsync(new RecordPayment(number, PaymentChannel.Bank, "bank-neg", -5m)));
        Assert.Contains("-5", ex.Message);
        await using var scope = harness.NewScope();
        Assert.Equal(0, await Db(scope).Payments.CountAsync());
    }

    private async Task<PaymentResult> RecordAsync(RecordPayment command)
    {
        await using var scope = harness.NewScope();
        return await scope.ServiceProvider.GetRequiredService<PaymentRecorder>().RecordAsync(command);
    }

    private async Task<string> AccountWithBillsAsync(string code, params decimal[] amounts)
    {
        await using var scope = harness.NewScope();
        var data = await PersistenceTestData.SaveAsync(Db(scope), code);
        var ledger = await scope.ServiceProvider.GetRequiredService<LedgerRepository>().LoadAsync(data.Account);
        var issued = new DateOnly(2026, 1, 1);
        foreach (var amount in amounts)
        {
            Db(scope).Bills.Add(ledger.IssueBill($"{issued:yyyy-MM}", 10, amount, issued, issued.AddDays(20)));
            issued = issued.AddMonths(2);
        }
        await Db(scope).SaveChangesAsync();
        return data.Account.Number.Value;
    }
}

public sealed class SqlitePersistenceTests : PersistenceTests<SqliteTestDatabase>;

public sealed class PostgresPersistenceTests : PersistenceTests<PostgresTestDatabase>;
