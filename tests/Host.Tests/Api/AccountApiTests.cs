using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Api;

public sealed class AccountApiTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Without_a_token_the_api_answers_401_not_a_redirect()
    {
        var response = await host.Factory.CreateClient().GetAsync("/api/accounts/0001000009");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_gets_401_with_a_sentence_in_the_callers_language()
    {
        var response = await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "clerk", password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("用户名或密码不正确，或账号已被锁定", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        var english = await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/token?culture=en&ui-culture=en", new { userName = "clerk", password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, english.StatusCode);
        Assert.Equal("User name or password is wrong, or the account is locked.",
            (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_clerk_reads_an_account_of_their_company()
    {
        var number = await FirstAccountNumberAsync("city");
        var client = await host.ClientForAsync("clerk");

        var account = await client.GetFromJsonAsync<JsonElement>($"/api/accounts/{number}");

        Assert.Equal(number, account.GetProperty("number").GetString());
        Assert.True(account.GetProperty("bills").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_mistyped_account_number_is_a_422_naming_the_input()
    {
        var number = await FirstAccountNumberAsync("city");
        var typo = number[..^1] + (char)('0' + (number[^1] - '0' + 1) % 10);
        var client = await host.ClientForAsync("clerk");

        var response = await client.GetAsync($"/api/accounts/{typo}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(typo, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Another_companys_account_is_not_found_for_its_clerk()
    {
        var number = await FirstAccountNumberAsync("city");
        var client = await host.ClientForAsync("dz-clerk");

        var response = await client.GetAsync($"/api/accounts/{number}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_repeated_payment_callback_pays_once()
    {
        var number = await FirstAccountNumberAsync("city");
        var client = await host.ClientForAsync("clerk");
        var payment = new { accountNumber = number, channel = "Bank", idempotencyKey = "bank-api-1", amount = 12.5m };

        var first = await client.PostAsJsonAsync("/api/payments", payment);
        var second = await client.PostAsJsonAsync("/api/payments", payment);

        first.EnsureSuccessStatusCode();
        second.EnsureSuccessStatusCode();
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("payment").GetProperty("paymentId").GetGuid(), b.GetProperty("payment").GetProperty("paymentId").GetGuid());
        Assert.Equal(1, await host.WithDbAsync(db => db.Payments.CountAsync(p => p.IdempotencyKey == "bank-api-1")));
    }

    [Fact]
    public async Task A_negative_amount_is_a_422_naming_the_amount()
    {
        var number = await FirstAccountNumberAsync("city");
        var client = await host.ClientForAsync("clerk");

        var response = await client.PostAsJsonAsync("/api/payments",
            new { accountNumber = number, channel = "Counter", idempotencyKey = "neg-1", amount = -3m });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("-3", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    private Task<string> FirstAccountNumberAsync(string companyCode) => host.WithDbAsync(async db =>
    {
        var company = await db.Companies.SingleAsync(c => c.Code == companyCode);
        var accounts = await db.Accounts.Where(a => a.CompanyId == company.Id).Select(a => a.Number).ToListAsync();
        return accounts.Min(n => n.Value)!;
    });
}
