using Microsoft.Playwright;

namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>
/// 设计室: the survey of a new connection, claimed, released, claimed again and completed on the task page, where the
/// diagram shows where the request stands; then the design on the unit board, claimed on its card and completed there.
/// </summary>
public sealed class DesignOfficeJourney(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public Task The_design_office_claims_the_survey_reads_the_diagram_and_completes_it() => Screenshots.OnFailureAsync(browser, "design-office", async () =>
    {
        var backstage = new Backstage(browser.Host);
        var account = await JourneyAccounts.FindAsync(browser.Host);
        var request = await new NewConnectionRoute(backstage).RunUntilAsync("Survey", account.CustomerId, 20_000, "城东新村9号楼");

        var design = await browser.SignInAsync("design");
        await StaffActions.OpenFromInboxAsync(design, request.Number, "现场勘查");
        await TaskPageExpectations.ReadOnlyUntilClaimedAsync(design, "设计室");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", await TaskPageExpectations.FactAsync(design, "Fact_ReceivedAt"));

        var diagram = design.Locator("[data-testid=process-diagram][data-ready=true]");
        await diagram.WaitForAsync();
        Assert.Equal(1, await design.Locator(".djs-element.orc-current[data-element-id=Survey]").CountAsync());
        Assert.True(await design.Locator(".djs-element.orc-passed[data-element-id=CheckArrears]").CountAsync() == 1, "the arrears check already passed");
        Assert.True(await design.Locator(".djs-connection.orc-passed").CountAsync() >= 3, "the flows taken to the survey are marked");
        // First view: readable (never below 0.75) and the current step inside the canvas.
        var readable = Zoom(await diagram.GetAttributeAsync("data-zoom"));
        Assert.True(readable >= 0.74, $"the first view is readable, not {readable}");
        var canvas = (await design.Locator("[data-testid=process-canvas]").BoundingBoxAsync())!;
        var survey = (await design.Locator(".djs-element[data-element-id=Survey]").BoundingBoxAsync())!;
        Assert.True(survey.X >= canvas.X && survey.X + survey.Width <= canvas.X + canvas.Width
            && survey.Y >= canvas.Y && survey.Y + survey.Height <= canvas.Y + canvas.Height, "the current step is in view");
        await design.ClickAsync("[data-testid=diagram-fit]");
        var whole = await ZoomOtherThanAsync(design, readable);
        Assert.True(whole < readable, "the whole width of this long flow is smaller than the readable view");
        await design.ClickAsync("[data-testid=diagram-zoom-in]");
        Assert.True(await ZoomOtherThanAsync(design, whole) > whole);

        await StaffActions.ClaimAsync(design);
        await design.ClickAsync("[data-testid=release]");
        await design.Locator("[data-testid=task-work][data-state=unclaimed]").WaitForAsync();
        await StaffActions.ClaimAsync(design);
        await design.Tick("feasible");
        await Screenshots.SaveAsync(design, "journey-design-office");
        await design.ClickAsync("[data-testid=complete-task]");
        await design.BackInInboxAsync();

        await design.Locator($"[data-testid=inbox-row][data-request='{request.Number}']").Filter(new() { HasText = "制订设计方案" })
            .WaitForAsync(new() { Timeout = Browser.PageTimeoutMs });
        Assert.Equal("design", (await backstage.CompletedTaskAsync(request.Number, "Survey")).CompletedBy);

        // The board follows the same model: the card offers a claim and nothing to complete until claimed.
        await design.OpenAsync("/board");
        var card = design.Locator($"[data-testid=board-card][data-request='{request.Number}'][data-step='制订设计方案']");
        await card.And(design.Locator("[data-state=unclaimed]")).WaitForAsync();
        Assert.Equal(0, await card.Locator("[data-testid=complete-task]").CountAsync());
        Assert.Contains("设计室", await card.InnerTextAsync());
        await card.Locator("[data-testid=board-claim]").ClickAsync();
        await card.And(design.Locator("[data-state=mine]")).WaitForAsync();
        await card.Locator("[data-field=designSummary] textarea").FillAsync("DN25 接入，沿东侧绿化带敷设");
        await Screenshots.SaveAsync(design, "journey-design-office-board");
        await card.Locator("[data-testid=complete-task]").ClickAsync();
        await card.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("design", (await backstage.CompletedTaskAsync(request.Number, "Design")).CompletedBy);
    });

    private static double Zoom(string? attribute) => double.Parse(attribute!, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<double> ZoomOtherThanAsync(IPage page, double before)
    {
        var shown = before.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var diagram = page.Locator($"[data-testid=process-diagram]:not([data-zoom='{shown}'])");
        await diagram.WaitForAsync();
        return Zoom(await diagram.GetAttributeAsync("data-zoom"));
    }
}
