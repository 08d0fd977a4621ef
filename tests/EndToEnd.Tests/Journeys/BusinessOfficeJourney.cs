using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Customers;

namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>营业所 (城东, serving 城东区 and 高新区): the final reading of a suspension, after which the account is suspended.</summary>
public sealed class BusinessOfficeJourney(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public Task The_business_office_claims_the_final_reading_and_the_account_is_suspended() => Screenshots.OnFailureAsync(browser, "business-office", async () =>
    {
        var backstage = new Backstage(browser.Host);
        var account = await JourneyAccounts.FindAsync(browser.Host, "城东区", "高新区");
        var request = await backstage.SubmitAsync("clerk", new
        {
            type = "Suspension", applicantKind = "Individual", channel = "Counter", details = "外出务工，申请报停",
            customerId = account.CustomerId, accountNumber = account.AccountNumber, documentsProvided = new[] { "applicant-id", "current-bill" },
        });
        await backstage.OpenTaskAsync(request.Number, "FinalReading");

        var office = await browser.SignInAsync("office");
        await StaffActions.OpenFromInboxAsync(office, request.Number, "现场抄表");
        await TaskPageExpectations.ReadOnlyUntilClaimedAsync(office, "营业所");
        Assert.StartsWith(account.AccountNumber, await TaskPageExpectations.FactAsync(office, "Fact_Account"));
        Assert.Contains($"{account.LastReading:0.##} m³", await TaskPageExpectations.FactAsync(office, "Fact_LastReading"));

        await StaffActions.ClaimAsync(office);
        // The office manager may take the same steps, but not one a colleague holds: the page says who has it.
        var manager = await browser.SignInAsync("officemgr");
        await manager.OpenAsync(new Uri(office.Url).PathAndQuery);
        var held = manager.Locator("[data-testid=task-work][data-state=held]");
        await held.WaitForAsync();
        Assert.Contains("营业所", await held.Locator("[data-testid=task-claimed-by-other]").InnerTextAsync());
        Assert.Equal(0, await held.Locator("[data-testid=complete-task], [data-testid=claim], [data-testid=release]").CountAsync());

        await office.Type("reading", (account.LastReading + 12.5m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Screenshots.SaveAsync(office, "journey-business-office");
        await office.ClickAsync("[data-testid=complete-task]");
        await office.BackInInboxAsync();

        Assert.Equal("office", (await backstage.CompletedTaskAsync(request.Number, "FinalReading")).CompletedBy);
        await Wait.ForAsync(
            () => browser.Host.WithDbAsync(db => db.Accounts.AsNoTracking().Where(a => a.CustomerId == account.CustomerId && a.Address == account.Address)
                .Select(a => a.Status).FirstAsync()),
            status => status == AccountStatus.Suspended, $"account {account.AccountNumber} to be suspended", () => backstage.DescribeAsync(request.Number));
    });
}
