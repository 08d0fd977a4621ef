using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Features.Readings;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Host.Features.Dashboard;

namespace Orchestrator.Host.Tests.Features.Billing;

/// <summary>A handheld's file with good and bad rows: the good ones are kept, each bad one is refused with its line and reason.</summary>
public abstract class ReadingImportTests(IScenarioHost host)
{
    private BillingStaff Reader => new(host.CompanyId, "reader", new HashSet<string> { Roles.MeterReader });

    private async Task<(Guid BookId, TestAccount A, TestAccount B, TestAccount C)> BookAsync(string code)
    {
        host.Clock.Set(new DateOnly(2026, 9, 28), new TimeOnly(9, 0));
        var lastRead = new DateOnly(2026, 7, 25);
        var (a, b, c) = (await BillingAccounts.CreateAsync(host, lastRead), await BillingAccounts.CreateAsync(host, lastRead), await BillingAccounts.CreateAsync(host, lastRead));
        var office = new BillingStaff(host.CompanyId, "office", new HashSet<string> { Roles.BusinessOffice });
        var book = await host.InScopeAsync(s => s.GetRequiredService<OpenReadingBook>().ExecuteAsync(office,
            new OpenReadingBookInput(code, "导入册", "片区", MeterRole.Household, "2026-09", "reader")));
        foreach (var account in new[] { a, b, c })
            await host.InScopeAsync(s => s.GetRequiredService<PlaceMeterOnBook>().ExecuteAsync(office, book.Id, account.MeterNumber, null));
        return (book.Id, a, b, c);
    }

    [Fact]
    public async Task A_csv_keeps_the_good_rows_and_refuses_each_bad_row_with_its_line_and_reason()
    {
        var (bookId, a, b, c) = await BookAsync("IMP-CSV");
        var csv = $"""
            表号,读数,抄表日期,估抄
            {a.MeterNumber},130,2026-09-25,
            {b.MeterNumber},90,2026-09-25,
            NO-SUCH-METER,120,2026-09-25,

            {c.MeterNumber},abc,2026-09-25,
            {c.MeterNumber},118,25.09.2026,
            {c.MeterNumber},118.5,2026/9/26,是
            """;

        var report = await host.InScopeAsync(s => s.GetRequiredService<ImportReadings>().ExecuteAsync(Reader, bookId, "2026-09", "handheld.csv",
            new MemoryStream(Encoding.UTF8.GetBytes(csv))));

        Assert.Equal((2, 4), (report.Accepted, report.Refused));
        Assert.Equal([2, 3, 4, 6, 7, 8], report.Rows.Select(r => r.Row));
        Assert.Equal([true, false, false, false, false, true], report.Rows.Select(r => r.Accepted));
        Assert.Contains("lower", report.Rows[1].Problem);
        Assert.Contains("not on book", report.Rows[2].Problem);
        Assert.Contains("'abc'", report.Rows[3].Problem);
        Assert.Contains("'25.09.2026'", report.Rows[4].Problem);
        Assert.All(report.Rows.Where(r => !r.Accepted), r => Assert.StartsWith($"Line {r.Row}:", r.Problem));
        var saved = await host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().MeterReadings
            .Where(r => r.BookId == bookId).OrderBy(r => r.ValueM3).ToListAsync());
        Assert.Equal([(118.5m, true, ReadingSource.Import), (130m, false, ReadingSource.Import)], saved.Select(r => (r.ValueM3, r.IsEstimated, r.Source)));
    }

    [Fact]
    public async Task An_excel_file_is_read_like_a_csv()
    {
        var (bookId, a, b, _) = await BookAsync("IMP-XLSX");
        var workbook = new XlsxWorkbook().Sheet("抄表", [
            ["meter", "reading", "date"],
            [a.MeterNumber, 131.5m, "2026-09-25"],
            [b.MeterNumber, 99m, "2026-09-25"],
        ]).ToBytes();

        var report = await host.InScopeAsync(s => s.GetRequiredService<ImportReadings>().ExecuteAsync(Reader, bookId, "2026-09", "remote.xlsx", new MemoryStream(workbook)));

        Assert.Equal((1, 1), (report.Accepted, report.Refused));
        Assert.Equal(31.5m, report.Rows[0].VolumeM3);
        Assert.Contains("lower", report.Rows[1].Problem);
    }

    [Fact]
    public async Task A_file_without_the_named_columns_is_refused_whole()
    {
        var (bookId, _, _, _) = await BookAsync("IMP-BAD");
        var error = await Assert.ThrowsAsync<Orchestrator.Domain.InvalidValueException>(() => host.InScopeAsync(s =>
            s.GetRequiredService<ImportReadings>().ExecuteAsync(Reader, bookId, "2026-09", "x.csv", new MemoryStream(Encoding.UTF8.GetBytes("a,b\n1,2")))));
        Assert.Contains("表号", error.Message);
    }
}

public sealed class ReadingImportSqliteTests(SqliteScenarioHost host) : ReadingImportTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class ReadingImportPostgresTests(PostgresScenarioHost host) : ReadingImportTests(host), IClassFixture<PostgresScenarioHost>;
