using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Host.Tests.Features.Payments;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>The request API as the online hall, the hotline system and a payment channel use it.</summary>
public abstract class RequestApiTests(IScenarioHost host)
{
    [Fact]
    public async Task A_request_posted_by_a_channel_starts_its_flow_and_shows_its_open_step_with_the_due_date()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host);
        var clerk = await ClientAsync("clerk");

        var response = await clerk.PostAsJsonAsync("/api/requests", new
        {
            type = "Suspension", applicantKind = "Individual", channel = "OnlineHall",
            customerId = account.CustomerId, accountNumber = account.AccountNumber, documentsProvided = new[] { "applicant-id", "current-bill" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("BT20260914", created.GetProperty("number").GetString());
        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/requests/{created.GetProperty("id").GetGuid()}");
        Assert.Equal("InProgress", details.GetProperty("status").GetString());
        var step = Assert.Single(details.GetProperty("currentSteps").EnumerateArray());
        Assert.Equal("FinalReading", step.GetProperty("elementId").GetString());
        Assert.Equal(new DateTimeOffset(2026, 9, 16, 2, 0, 0, TimeSpan.Zero), step.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_payment_callback_repeated_with_the_same_key_pays_once()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, arrears: 120m);
        var bank = host.Factory.CreateClient();
        var notice = new { channel = "Bank", idempotencyKey = "ICBC-20260914-0001", accountNumber = account.AccountNumber, amount = 120m };

        var first = await bank.PostSignedAsync(notice, TestChannels.BankSecret, host.Clock.GetUtcNow());
        var again = await bank.PostSignedAsync(notice, TestChannels.BankSecret, host.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var paymentIds = new[] { first, again }.Select(r => r.Content.ReadFromJsonAsync<JsonElement>().Result.GetProperty("payment").GetProperty("paymentId").GetGuid());
        Assert.Single(paymentIds.Distinct());
        var summary = await (await ClientAsync("clerk")).GetFromJsonAsync<JsonElement>($"/api/accounts/{account.AccountNumber}");
        Assert.Equal(0m, summary.GetProperty("arrears").GetDecimal());
        Assert.Equal(0m, summary.GetProperty("credit").GetDecimal());
    }

    [Fact]
    public async Task Customers_are_found_by_phone_id_number_account_number_and_address()
    {
        var account = await TestAccounts.CreateAsync(host);
        var clerk = await ClientAsync("clerk");

        foreach (var query in new[] { account.AccountNumber, "测试路" + account.AccountNumber[^3..] })
        {
            var found = await clerk.GetFromJsonAsync<JsonElement>($"/api/customers?query={Uri.EscapeDataString(query)}");
            Assert.Contains(found.EnumerateArray(), c => c.GetProperty("id").GetGuid() == account.CustomerId);
        }
        var byPhone = await clerk.GetFromJsonAsync<JsonElement>("/api/customers?query=13800138000");
        Assert.Contains(byPhone.EnumerateArray(), c => c.GetProperty("id").GetGuid() == account.CustomerId);
    }

    private async Task<HttpClient> ClientAsync(string userName)
    {
        var client = host.Factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}

public sealed class RequestApiSqliteTests(SqliteScenarioHost host) : RequestApiTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class RequestApiPostgresTests(PostgresScenarioHost host) : RequestApiTests(host), IClassFixture<PostgresScenarioHost>;
