namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>分管副总经理: final accounts of 128,500 yuan (from 100,000 the vice-president reviews) approved from the task page.</summary>
public sealed class VicePresidentJourney(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public Task The_vice_president_claims_the_final_accounts_review_and_approves() => Screenshots.OnFailureAsync(browser, "vice-president", async () =>
    {
        var backstage = new Backstage(browser.Host);
        var account = await JourneyAccounts.FindAsync(browser.Host);
        var request = await new NewConnectionRoute(backstage).RunUntilAsync("VicePresidentApproval", account.CustomerId, 128_500, "高新区科技园3号");

        var vp = await browser.SignInAsync("vp");
        await StaffActions.OpenFromInboxAsync(vp, request.Number, "分管副总经理审核");
        await TaskPageExpectations.ReadOnlyUntilClaimedAsync(vp, "分管副总经理");
        Assert.Equal("128,500.00 元", await TaskPageExpectations.FactAsync(vp, "Fact_finalAmount"));

        await StaffActions.ClaimAsync(vp);
        await vp.Tick("approved");
        await Screenshots.SaveAsync(vp, "journey-vice-president");
        await vp.ClickAsync("[data-testid=complete-task]");
        await vp.BackInInboxAsync();

        Assert.Equal("vp", (await backstage.CompletedTaskAsync(request.Number, "VicePresidentApproval")).CompletedBy);
        await backstage.OpenTaskAsync(request.Number, "MeterCard");
    });
}
