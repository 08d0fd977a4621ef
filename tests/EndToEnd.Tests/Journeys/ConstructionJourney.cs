namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>施工单位: reports the works done; a completion date in the future is refused with a message, today's is taken.</summary>
public sealed class ConstructionJourney(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public Task Construction_claims_the_works_is_refused_a_future_date_and_reports_them_done() => Screenshots.OnFailureAsync(browser, "construction", async () =>
    {
        var backstage = new Backstage(browser.Host);
        var account = await JourneyAccounts.FindAsync(browser.Host);
        var request = await new NewConnectionRoute(backstage).RunUntilAsync("Construction", account.CustomerId, 20_000, "城东新村11号楼");

        var build = await browser.SignInAsync("build");
        await StaffActions.OpenFromInboxAsync(build, request.Number, "组织施工");
        await TaskPageExpectations.ReadOnlyUntilClaimedAsync(build, "施工单位");
        Assert.Equal("20,000.00 元", await TaskPageExpectations.FactAsync(build, "Fact_amount"));

        await StaffActions.ClaimAsync(build);
        var tomorrow = Orchestrator.Domain.Calendar.ChinaTime.DateOf(DateTimeOffset.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        await build.TypeDate("completedOn", tomorrow);
        await build.ClickAsync("[data-testid=complete-task]");
        await build.Locator("[data-field=completedOn]").Filter(new() { HasText = "日期不能晚于今天" }).WaitForAsync();
        Assert.Contains("/tasks/", build.Url);

        await build.TypeDate("completedOn", NewConnectionRoute.Today);
        await Screenshots.SaveAsync(build, "journey-construction");
        await build.ClickAsync("[data-testid=complete-task]");
        await build.BackInInboxAsync();

        Assert.Equal("build", (await backstage.CompletedTaskAsync(request.Number, "Construction")).CompletedBy);
        await backstage.OpenTaskAsync(request.Number, "Acceptance");
    });
}
