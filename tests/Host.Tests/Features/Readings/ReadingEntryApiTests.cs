using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Features.Readings;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Readings;

/// <summary>
/// <c>POST /api/reading-books/{id}/readings</c> and <c>/imports</c>: a refused row is reported in the caller's language
/// (Chinese unless asked otherwise), a file's row by its line.
/// </summary>
public abstract class ReadingEntryApiTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task A_refused_row_says_why_in_the_callers_language()
    {
        var company = await host.WithDbAsync(db => db.Companies.SingleAsync(c => c.Code == "city"));
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var pending = (await PendingReadings.CreateAsync(host.Factory.Services, company.Id, today, 1))[0];
        var bookId = await host.WithDbAsync(db => db.MeterReadings.IgnoreQueryFilters().Where(r => r.Id == pending.ReadingId).Select(r => r.BookId!.Value).SingleAsync());
        var reader = await host.ClientForAsync("reader");
        var body = new { period = $"{today:yyyy-MM}", rows = new[] { new { meterNumber = "NOPE-1", valueM3 = 5m, readOn = today } } };

        var chinese = await (await reader.PostAsJsonAsync($"/api/reading-books/{bookId}/readings", body)).Content.ReadFromJsonAsync<JsonElement>();
        var english = await (await reader.PostAsJsonAsync($"/api/reading-books/{bookId}/readings?culture=en&ui-culture=en", body)).Content.ReadFromJsonAsync<JsonElement>();
        using var file = new MultipartFormDataContent { { new StringContent("表号,读数,抄表日期\nX-1,abc,2026-09-05\n"), "file", "readings.csv" } };
        var imported = await (await reader.PostAsync($"/api/reading-books/{bookId}/imports?period={today:yyyy-MM}", file)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal($"水表“NOPE-1”不在抄表册 V{pending.AccountNumber[^6..]} 中", chinese.GetProperty("rows")[0].GetProperty("problem").GetString());
        Assert.StartsWith("Meter 'NOPE-1' is not on book", english.GetProperty("rows")[0].GetProperty("problem").GetString());
        Assert.Equal("第 2 行：“abc”不是以立方米计的读数", imported.GetProperty("rows")[0].GetProperty("problem").GetString());
    }

    [Fact]
    public async Task A_file_above_the_size_limit_is_a_422_whose_title_is_in_the_callers_language()
    {
        var company = await host.WithDbAsync(db => db.Companies.SingleAsync(c => c.Code == "city"));
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var pending = (await PendingReadings.CreateAsync(host.Factory.Services, company.Id, today, 1))[0];
        var bookId = await host.WithDbAsync(db => db.MeterReadings.IgnoreQueryFilters().Where(r => r.Id == pending.ReadingId).Select(r => r.BookId!.Value).SingleAsync());
        var reader = await host.ClientForAsync("reader");
        var tooBig = new byte[ImportReadings.MaxFileBytes + 1];

        var chinese = await PostFileAsync(reader, $"/api/reading-books/{bookId}/imports?period={today:yyyy-MM}", tooBig);
        var english = await PostFileAsync(reader, $"/api/reading-books/{bookId}/imports?period={today:yyyy-MM}&culture=en&ui-culture=en", tooBig);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, chinese.StatusCode);
        var zh = await chinese.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("抄表文件不能超过 10 MB", zh.GetProperty("title").GetString());
        Assert.Equal("抄表文件不能超过 10 MB", zh.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal("file.invalid", zh.GetProperty("code").GetString());
        Assert.Equal("A reading file may be at most 10 MB.", (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_file_named_xlsx_that_is_no_workbook_is_a_422_that_says_so()
    {
        var company = await host.WithDbAsync(db => db.Companies.SingleAsync(c => c.Code == "city"));
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var pending = (await PendingReadings.CreateAsync(host.Factory.Services, company.Id, today, 1))[0];
        var bookId = await host.WithDbAsync(db => db.MeterReadings.IgnoreQueryFilters().Where(r => r.Id == pending.ReadingId).Select(r => r.BookId!.Value).SingleAsync());
        var reader = await host.ClientForAsync("reader");
        using var file = new MultipartFormDataContent { { new StringContent("表号,读数,抄表日期\n"), "file", "readings.xlsx" } };

        var response = await reader.PostAsync($"/api/reading-books/{bookId}/imports?period={today:yyyy-MM}", file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("文件不是含工作表的 Excel 工作簿（.xlsx）", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, byte[] bytes)
    {
        using var file = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "readings.csv" } };
        return await client.PostAsync(url, file);
    }
}

public sealed class SqliteReadingEntryApiTests(SqliteHostFixture host)
    : ReadingEntryApiTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresReadingEntryApiTests(PostgresHostFixture host)
    : ReadingEntryApiTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
