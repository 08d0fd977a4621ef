using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Features.Payments;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Customers;

namespace Orchestrator.Host.Tests.Features.Payments;

/// <summary>
/// Who takes money at the counter: every demo user of both companies, over the staff API and through the
/// customer page's command. Cashiers (clerk, duty manager, business office and its manager) pay their own
/// company's accounts; another company's account is 404; everyone else is 403.
/// </summary>
public abstract class RecordCounterPaymentTests(IScenarioHost host)
{
    public static TheoryData<string, string, bool> DemoUsers => new()
    {
        { "clerk", "city", true }, { "duty", "city", true }, { "office", "city", true }, { "officemgr", "city", true },
        { "design", "city", false }, { "build", "city", false }, { "leader", "city", false }, { "vp", "city", false },
        { "owner", "city", false }, { "admin", "city", false }, { "dz-clerk", "dz", true }, { "dz-admin", "dz", false },
    };

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Over_the_api_only_cashiers_pay_and_only_their_own_companys_accounts(string user, string company, bool cashier)
    {
        var (own, other) = await AccountsAsync(company);
        var client = await host.StaffClientAsync(user);

        var ownPayment = await client.PostAsJsonAsync("/api/payments", Payment(own, user));
        var otherPayment = await client.PostAsJsonAsync("/api/payments", Payment(other, user));

        Assert.Equal(cashier ? HttpStatusCode.OK : HttpStatusCode.Forbidden, ownPayment.StatusCode);
        Assert.Equal(cashier ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden, otherPayment.StatusCode);
        Assert.Equal(cashier ? 1 : 0, await host.PaymentsWithKeyAsync(Key(own, user)));
        Assert.Equal(0, await host.PaymentsWithKeyAsync(Key(other, user)));
    }

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task On_the_customer_page_the_same_command_decides_alike(string user, string company, bool cashier)
    {
        var (own, other) = await AccountsAsync(company);

        var ownPayment = await TakeOnPageAsync(user, own);
        var otherPayment = await TakeOnPageAsync(user, other);

        Assert.Equal(cashier ? PaymentRefusal.None : PaymentRefusal.NotCashier, ownPayment.Refusal);
        Assert.Equal(cashier ? PaymentRefusal.NotFound : PaymentRefusal.NotCashier, otherPayment.Refusal);
        Assert.Equal(cashier, ownPayment.Paid is { Payment.Amount: 10m });
    }

    [Theory]
    [InlineData(0, "amount")]
    [InlineData(-3, "amount")]
    [InlineData(1e15, "amount")]
    [InlineData(10.005, "amount")]
    public async Task A_counter_amount_out_of_bounds_is_422_naming_the_field(double amount, string field)
    {
        var (own, _) = await AccountsAsync("city");
        var client = await host.StaffClientAsync("office");
        var key = "till-" + Guid.NewGuid().ToString("N");

        var response = await client.PostAsJsonAsync("/api/payments", new { accountNumber = own, amount = (decimal)amount, idempotencyKey = key });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([field], await response.ProblemFieldsAsync());
        Assert.Equal(0, await host.PaymentsWithKeyAsync(key));
    }

    [Fact]
    public async Task A_double_click_at_the_counter_pays_once()
    {
        var (own, _) = await AccountsAsync("city");
        var client = await host.StaffClientAsync("clerk");
        var payment = new { accountNumber = own, amount = 10m, idempotencyKey = "till-double-" + own };

        var first = await client.PostAsJsonAsync("/api/payments", payment);
        var second = await client.PostAsJsonAsync("/api/payments", payment);
        var changed = await client.PostAsJsonAsync("/api/payments", payment with { amount = 11m });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Equal(["idempotencyKey"], await changed.ProblemFieldsAsync());
        Assert.Equal(1, await host.PaymentsWithKeyAsync(payment.idempotencyKey));
    }

    private async Task<(string Own, string Other)> AccountsAsync(string company)
    {
        var city = await TestAccounts.CreateAsync(host, arrears: 50m);
        var dz = await TestAccounts.CreateAsync(host, arrears: 50m, companyId: await host.CompanyIdAsync("dz"));
        return company == "city" ? (city.AccountNumber, dz.AccountNumber) : (dz.AccountNumber, city.AccountNumber);
    }

    private static string Key(string account, string user) => $"till-{user}-{account}";

    private static object Payment(string account, string user) => new { accountNumber = account, amount = 10m, idempotencyKey = Key(account, user) };

    private async Task<PaymentOutcome> TakeOnPageAsync(string userName, string account)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>()
            .CreateAsync((await users.FindByNameAsync(userName))!);
        scope.ServiceProvider.GetRequiredService<SignedInUser>().Principal = principal;
        return await scope.ServiceProvider.GetRequiredService<CounterPayments>().TakeAsync(account, 10m, null, Guid.NewGuid());
    }
}

public sealed class RecordCounterPaymentSqliteTests(SqliteScenarioHost host) : RecordCounterPaymentTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class RecordCounterPaymentPostgresTests(PostgresScenarioHost host) : RecordCounterPaymentTests(host), IClassFixture<PostgresScenarioHost>;
