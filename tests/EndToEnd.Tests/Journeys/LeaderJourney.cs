namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>主管领导: approves a new connection's budget from the task page, reading the amount and the design office's earlier decisions.</summary>
public sealed class LeaderJourney(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public Task The_leader_claims_the_budget_approval_reads_the_amount_and_approves() => Screenshots.OnFailureAsync(browser, "leader", async () =>
    {
        var backstage = new Backstage(browser.Host);
        var account = await JourneyAccounts.FindAsync(browser.Host);
        var request = await new NewConnectionRoute(backstage).RunUntilAsync("LeaderApproval", account.CustomerId, 86_000, "城东新村10号楼");
        await backstage.StepsRecordedAsync(request, 3);

        var leader = await browser.SignInAsync("leader");
        await StaffActions.OpenFromInboxAsync(leader, request.Number, "主管领导审批预算");
        await TaskPageExpectations.ReadOnlyUntilClaimedAsync(leader, "主管领导");
        Assert.Equal("86,000.00 元", await TaskPageExpectations.FactAsync(leader, "Fact_amount"));
        var decisions = await leader.Locator("[data-testid=prior-decision]").AllInnerTextsAsync();
        Assert.Contains(decisions, d => d.Contains("现场勘查") && d.Contains("设计室"));
        Assert.Contains(decisions, d => d.Contains("工程预算") && d.Contains("86,000.00 元"));

        await StaffActions.ClaimAsync(leader);
        await leader.Tick("approved");
        await leader.Type("comment", "同意，按预算实施");
        await Screenshots.SaveAsync(leader, "journey-leader");
        await leader.ClickAsync("[data-testid=complete-task]");
        await leader.BackInInboxAsync();

        Assert.Equal("leader", (await backstage.CompletedTaskAsync(request.Number, "LeaderApproval")).CompletedBy);
        await backstage.FeeNoticeAsync(request);
    });
}
