using Microsoft.Playwright;

namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>设计室: the survey of a new connection, claimed, released, claimed again and completed; the diagram shows where the request stands.</summary>
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
        await design.WaitForURLAsync(url => url.EndsWith("/inbox"));

        await design.Locator($"[data-testid=inbox-row][data-request='{request.Number}']").Filter(new() { HasText = "制订设计方案" })
            .WaitForAsync(new() { Timeout = Browser.PageTimeoutMs });
        Assert.Equal("design", (await backstage.CompletedTaskAsync(request.Number, "Survey")).CompletedBy);
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
