using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Readings;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Readings;

/// <summary>
/// The review list page against the real Host: the business office rejects one reading and corrects another with
/// the row's buttons, then finds the rejection with its reason in the rejected view; a meter reader pressing reject
/// is told in Chinese that the decision needs the business office, and the reading stays on the list.
/// </summary>
public sealed class ReviewPageTests : ComponentTest, IClassFixture<SqliteHostFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SqliteHostFixture host;

    public ReviewPageTests(SqliteHostFixture host)
    {
        this.host = host;
        Services.AddSingleton(host.Factory.Services.GetRequiredService<WorkplaceOperations>());
    }

    [Fact]
    public async Task The_office_rejects_one_reading_and_corrects_another_with_the_rows_buttons()
    {
        var readings = await PendingAsync(2);
        var (misread, recount) = (readings[0], readings[1]);

        var page = await OpenAsync("office");
        page.WaitForAssertion(() => Assert.NotNull(Row(page, recount.MeterNumber)), Patience);
        await TypeAsync(page, "review-reason", "表号抄错");
        await Row(page, misread.MeterNumber)!.QuerySelector("button[data-testid=review-reject]")!.ClickAsync(new());
        page.WaitForAssertion(() => Assert.Null(Row(page, misread.MeterNumber)), Patience);

        await TypeAsync(page, "review-reason", "复抄为 120");
        await TypeAsync(page, "review-corrected", "120");
        await Row(page, recount.MeterNumber)!.QuerySelector("button[data-testid=review-correct]")!.ClickAsync(new());
        page.WaitForAssertion(() => Assert.Null(Row(page, recount.MeterNumber)), Patience);

        var rejected = await ReadingAsync(misread.ReadingId);
        Assert.Equal((ReadingReview.Rejected, "表号抄错", "office"), (rejected.Review, rejected.RejectionReason, rejected.RejectedBy));
        var replaced = await ReadingAsync(recount.ReadingId);
        Assert.Equal((ReadingReview.Rejected, "复抄为 120"), (replaced.Review, replaced.RejectionReason));
        var correction = await host.WithDbAsync(db => db.MeterReadings.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(r => r.MeteringPointId == replaced.MeteringPointId && r.Id != replaced.Id));
        Assert.Equal((120m, 20m, ReadingReview.None), (correction.ValueM3, correction.VolumeM3, correction.Review));

        await InputOf(page, "review-show-rejected").ChangeAsync(new ChangeEventArgs { Value = true });
        page.WaitForAssertion(() =>
        {
            var row = page.FindAll("[data-testid=review-rejected-row]").Single(r => r.TextContent.Contains(misread.MeterNumber));
            Assert.Contains("表号抄错", row.QuerySelector("[data-testid=review-rejection]")!.TextContent);
            Assert.Contains("用量为零", row.TextContent); // why it was listed, beside why it was refused
        }, Patience);

        // Customer 360's billing panel shows the same: the status in Chinese, why it was listed and why, by whom it was refused.
        var user = await PrincipalAsync("office");
        var panel = Render<Orchestrator.Host.Features.Accounts.AccountBillingPanel>(p => p.Add(x => x.AccountNumber, misread.AccountNumber).Add(x => x.User, user));
        panel.WaitForAssertion(() => Assert.Contains(panel.FindAll(".mud-tab"), t => t.TextContent.Trim() == "抄表记录"), Patience);
        await panel.FindAll(".mud-tab").First(t => t.TextContent.Trim() == "抄表记录").ClickAsync(new());
        panel.WaitForAssertion(() =>
        {
            var reading = Assert.Single(panel.FindAll("[data-testid=account-reading]"));
            Assert.Contains("已驳回", reading.TextContent);
            Assert.Contains("用量为零", reading.TextContent);
            Assert.Contains("表号抄错（office，", reading.QuerySelector("[data-testid=account-reading-rejection]")!.TextContent);
        }, Patience);
    }

    [Fact]
    public async Task A_meter_reader_pressing_reject_is_told_in_chinese_who_may_decide()
    {
        var reading = (await PendingAsync(1))[0];

        var page = await OpenAsync("reader");
        page.WaitForAssertion(() => Assert.NotNull(Row(page, reading.MeterNumber)), Patience);
        await TypeAsync(page, "review-reason", "看错了");
        await Row(page, reading.MeterNumber)!.QuerySelector("button[data-testid=review-reject]")!.ClickAsync(new());

        page.WaitForAssertion(() =>
        {
            var error = page.Find("[data-testid=review-error]").TextContent;
            Assert.Contains("无权驳回待审核读数", error);
            Assert.Contains("营业所", error);
        }, Patience);
        Assert.NotNull(Row(page, reading.MeterNumber));
        Assert.Equal(ReadingReview.Pending, (await ReadingAsync(reading.ReadingId)).Review);
    }

    private async Task<List<PendingReading>> PendingAsync(int count)
    {
        var company = await host.WithDbAsync(db => db.Companies.SingleAsync(c => c.Code == "city"));
        return await PendingReadings.CreateAsync(host.Factory.Services, company.Id, ChinaTime.DateOf(DateTimeOffset.UtcNow), count);
    }

    private Task<MeterReading> ReadingAsync(Guid id) =>
        host.WithDbAsync(db => db.MeterReadings.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    private static IElement? Row(IRenderedComponent<ReviewPage> page, string meterNumber) =>
        page.FindAll("[data-testid=review-row]").FirstOrDefault(r => r.TextContent.Contains(meterNumber));

    private static IElement InputOf(IRenderedComponent<ReviewPage> page, string testId)
    {
        var marked = page.Find($"[data-testid={testId}]");
        return marked.TagName == "INPUT" ? marked : marked.QuerySelector("input")!;
    }

    private static Task TypeAsync(IRenderedComponent<ReviewPage> page, string testId, string value) =>
        InputOf(page, testId).ChangeAsync(new ChangeEventArgs { Value = value });

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo user {userName}.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(account);
    }

    private Task<IRenderedComponent<ReviewPage>> OpenAsync(string userName) => RenderAsAsync<ReviewPage>(host.Factory.Services, userName);
}
