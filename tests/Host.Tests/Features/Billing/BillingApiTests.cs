using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Billing;

/// <summary>The billing endpoints answer for the caller's company and role only: another company's ids are 404, a wrong role 403.</summary>
public sealed class BillingApiTests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    private async Task<Guid> BookAsync(string code)
    {
        var office = await host.ClientForAsync("office");
        var response = await office.PostAsJsonAsync("/api/reading-books",
            new { code, name = "接口册", area = "片区", meterRole = "Household", firstPeriod = "2026-09", reader = "reader" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task The_business_office_opens_a_book_and_lists_it_with_its_cycle()
    {
        await BookAsync("API-1");
        var books = await (await host.ClientForAsync("reader")).GetFromJsonAsync<JsonElement>("/api/reading-books");

        var book = books.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "API-1");
        Assert.Equal(2, book.GetProperty("cycleMonths").GetInt32());
    }

    [Fact]
    public async Task Another_companys_book_is_not_found_and_a_clerk_may_not_run_bills()
    {
        var bookId = await BookAsync("API-2");

        var foreign = await (await host.ClientForAsync("dz-clerk")).GetAsync($"/api/reading-books/{bookId}/readings?period=2026-09");
        var clerk = await (await host.ClientForAsync("clerk")).PostAsJsonAsync("/api/bill-runs", new { bookId, period = "2026-09" });
        var clerkEntry = await (await host.ClientForAsync("clerk")).PostAsJsonAsync($"/api/reading-books/{bookId}/readings", new { period = "2026-09", rows = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clerkEntry.StatusCode);
        Assert.Contains("clerk", (await clerk.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Another_companys_bill_run_and_payment_are_not_found()
    {
        var bookId = await BookAsync("API-3");
        var run = await (await host.ClientForAsync("office")).PostAsJsonAsync("/api/bill-runs", new { bookId, period = "2026-09" });
        run.EnsureSuccessStatusCode();
        var runId = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var paymentId = await host.WithDbAsync(async db =>
        {
            var city = await db.Companies.SingleAsync(c => c.Code == "city");
            return await db.Payments.IgnoreQueryFilters().Where(p => p.CompanyId == city.Id).Select(p => p.Id).FirstAsync();
        });
        var dz = await host.ClientForAsync("dz-admin");

        Assert.Equal(HttpStatusCode.NotFound, (await dz.GetAsync($"/api/bill-runs/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dz.PostAsJsonAsync($"/api/bill-runs/{runId}/release", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dz.PostAsJsonAsync($"/api/payments/{paymentId}/reversal", new { requestedBy = "x", reason = "y" })).StatusCode);
    }

    [Fact]
    public async Task An_accounts_bills_and_readings_are_read_in_its_company_only()
    {
        var number = await host.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync(c => c.Code == "city");
            return (await db.Accounts.Where(a => a.CompanyId == company.Id).Select(a => a.Number).ToListAsync()).Min(n => n.Value)!;
        });
        var clerk = await host.ClientForAsync("clerk");

        var bills = await clerk.GetFromJsonAsync<JsonElement>($"/api/accounts/{number}/bills");
        var readings = await clerk.GetAsync($"/api/accounts/{number}/readings");
        var foreign = await (await host.ClientForAsync("dz-clerk")).GetAsync($"/api/accounts/{number}/bills");

        Assert.True(bills.GetArrayLength() > 0);
        Assert.True(bills[0].TryGetProperty("lines", out _));
        Assert.Equal(HttpStatusCode.OK, readings.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_reading_for_a_period_written_wrongly_is_a_422_naming_it()
    {
        var bookId = await BookAsync("API-4");
        var response = await (await host.ClientForAsync("reader")).PostAsJsonAsync($"/api/reading-books/{bookId}/readings", new { period = "2026-13", rows = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("2026-13", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
