namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>客服中心值班经理: approves an ordinary ownership transfer from the task page; the new holder's supply agreement follows.</summary>
public sealed class DutyManagerJourney(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public Task The_duty_manager_claims_the_transfer_approval_and_approves_it() => Screenshots.OnFailureAsync(browser, "duty-manager", async () =>
    {
        var backstage = new Backstage(browser.Host);
        var account = await JourneyAccounts.FindAsync(browser.Host);
        var request = await backstage.SubmitAsync("clerk", new
        {
            type = "OwnershipTransfer", applicantKind = "Individual", channel = "Counter", details = "过户",
            newApplicant = new { kind = "Person", name = "王新户", idNumber = JourneyAccounts.NewResidentId(), phones = new[] { "13700137000" } },
            accountNumber = account.AccountNumber,
            documentsProvided = new[] { "current-bill", "old-owner-id", "new-owner-id", "new-owner-property-certificate" },
        });
        await backstage.OpenTaskAsync(request.Number, "DutyApproval");

        var duty = await browser.SignInAsync("duty");
        await StaffActions.OpenFromInboxAsync(duty, request.Number, "客服中心值班经理审核");
        await TaskPageExpectations.ReadOnlyUntilClaimedAsync(duty, "客服中心值班经理");

        await StaffActions.ClaimAsync(duty);
        await duty.Tick("approved");
        await duty.Type("comment", "资料齐全，同意过户");
        await Screenshots.SaveAsync(duty, "journey-duty-manager");
        await duty.ClickAsync("[data-testid=complete-task]");
        await duty.BackInInboxAsync();

        Assert.Equal("duty", (await backstage.CompletedTaskAsync(request.Number, "DutyApproval")).CompletedBy);
        await backstage.OpenTaskAsync(request.Number, "SupplyAgreement");
    });
}
