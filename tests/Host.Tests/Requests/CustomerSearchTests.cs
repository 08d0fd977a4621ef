using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Requests;

/// <summary>The customer search pages in SQL with a total, never stops at the first 20, and finds a customer by request number.</summary>
public abstract class CustomerSearchTests(IScenarioHost host)
{
    [Fact]
    public async Task Forty_five_matches_come_in_three_pages_with_the_total_and_no_customer_twice()
    {
        var token = "翻页" + Guid.NewGuid().ToString("N")[..6];
        await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OrchestratorDbContext>();
            for (var i = 0; i < 45; i++)
                db.Customers.Add(Customer.Register(host.CompanyId, CustomerKind.Person, $"{token}客户{i:D2}", TestAccounts.NextResidentId(), ["13800138000"]));
            return await db.SaveChangesAsync();
        });

        var pages = new List<CustomerSearchResult>();
        for (var page = 1; page <= 3; page++)
            pages.Add(await SearchAsync(token, page));

        Assert.All(pages, p => Assert.Equal((45, 3), (p.Total, p.Pages)));
        Assert.Equal([20, 20, 5], pages.Select(p => p.Items.Count));
        var names = pages.SelectMany(p => p.Items).Select(m => m.Name).ToList();
        Assert.Equal(45, names.Distinct().Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Empty((await SearchAsync(token, 4)).Items);

        var client = host.Factory.CreateClient();
        var token2 = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "clerk", password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token2.GetProperty("accessToken").GetString());
        var third = await client.GetAsync($"/api/customers?query={Uri.EscapeDataString(token)}&page=3");
        Assert.Equal("45", third.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(5, (await third.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
    }

    [Fact]
    public async Task Nothing_found_is_an_empty_page_with_a_total_of_zero()
    {
        var result = await SearchAsync("没有这个人" + Guid.NewGuid().ToString("N")[..6], 1);

        Assert.Equal((0, 0), (result.Total, result.Pages));
        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task A_request_number_finds_its_customer_and_names_the_request()
    {
        var account = await TestAccounts.CreateAsync(host);
        var submitted = await host.InScopeAsync(s => s.GetRequiredService<RequestIntakeService>().SubmitAsync(
            new SubmitRequest(ServiceRequestType.Complaint, ApplicantKind.Individual, RequestChannel.Counter, "城东区人民路1号", "水压低", account.CustomerId),
            host.CompanyId, "测试受理员"));

        var result = await SearchAsync(submitted.Number.ToLowerInvariant(), 1);

        var match = Assert.Single(result.Items);
        Assert.Equal(account.CustomerId, match.Id);
        Assert.Equal([submitted.Number], match.Requests);
    }

    private Task<CustomerSearchResult> SearchAsync(string text, int page) =>
        host.InScopeAsync(s => s.GetRequiredService<CustomerSearch>().PageAsync(text, page));
}

public sealed class CustomerSearchSqliteTests(SqliteScenarioHost host) : CustomerSearchTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class CustomerSearchPostgresTests(PostgresScenarioHost host) : CustomerSearchTests(host), IClassFixture<PostgresScenarioHost>;
