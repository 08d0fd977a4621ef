using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Accounts;

/// <summary>
/// The account's billing endpoints as a stranger: another company's account is not found (404) for its readings,
/// payments and households; only the business office changes households (403 for a clerk or a reader).
/// </summary>
public sealed class AccountBillingApiTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    private Task<string> CityAccountAsync() => host.WithDbAsync(async db =>
    {
        var company = await db.Companies.SingleAsync(c => c.Code == "city");
        return (await db.Accounts.Where(a => a.CompanyId == company.Id).Select(a => a.Number).ToListAsync()).Min(n => n.Value)!;
    });

    private Task<(bool, int, int?)> HouseholdsAsync(string number) => host.WithDbAsync(async db =>
    {
        var key = Orchestrator.Domain.Customers.AccountNumber.Parse(number);
        var account = await db.Accounts.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Number == key);
        return (account.IsCollective, account.HouseholdCount, account.HouseholdPopulation);
    });

    [Fact]
    public async Task Another_companys_account_readings_payments_and_households_are_not_found()
    {
        var number = await CityAccountAsync();
        var before = await HouseholdsAsync(number);
        var dzClerk = await host.ClientForAsync("dz-clerk");
        var dzAdmin = await host.ClientForAsync("dz-admin");

        Assert.Equal(HttpStatusCode.NotFound, (await dzClerk.GetAsync($"/api/accounts/{number}/readings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dzClerk.GetAsync($"/api/accounts/{number}/payments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dzAdmin.PutAsJsonAsync($"/api/accounts/{number}/collective", new { households = 4 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dzAdmin.PutAsJsonAsync($"/api/accounts/{number}/population", new { persons = 5 })).StatusCode);
        Assert.Equal(before, await HouseholdsAsync(number));
    }

    [Fact]
    public async Task Only_the_business_office_changes_an_accounts_households()
    {
        var number = await CityAccountAsync();
        var clerk = await host.ClientForAsync("clerk");
        var reader = await host.ClientForAsync("reader");

        var byClerk = await clerk.PutAsJsonAsync($"/api/accounts/{number}/collective", new { households = 4 });
        var byReader = await reader.PutAsJsonAsync($"/api/accounts/{number}/population", new { persons = 5 });
        var byOffice = await (await host.ClientForAsync("office")).PutAsJsonAsync($"/api/accounts/{number}/population", new { persons = 5 });

        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byOffice.StatusCode);
        Assert.Equal(5, (await byOffice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("householdPopulation").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/accounts/{number}/readings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/accounts/{number}/payments")).StatusCode);
    }
}
