using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orchestrator.Designer.Tests.Api;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Designer.Tests.Browser;

/// <summary>
/// The designer story in a real Chromium against a real Kestrel: a process owner shortens the survey
/// SLA and lowers the VP threshold in the properties panel and submits; a leader approves and publishes;
/// requests started before keep version 1, requests started after run on the new values.
/// </summary>
public sealed class DesignerBrowserTests : IAsyncLifetime
{
    private readonly DesignerHost host = new();
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private string baseUrl = "";

    public async Task InitializeAsync()
    {
        host.UseKestrel(0);
        host.StartServer();
        baseUrl = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task An_owner_changes_the_survey_sla_and_vp_threshold_and_a_leader_approves_it()
    {
        var before = await StartNewConnectionAsync("BEFORE-1");

        var owner = await SignInAsync("owner");
        await owner.GotoAsync($"{baseUrl}/designer");
        await ClickUntilAsync(owner, "[data-testid=flow-row][data-key=new_connection] [data-testid=edit-flow]", "/designer/drafts/");
        await owner.Locator("[data-testid=modeler] .djs-element[data-element-id=Survey]").WaitForAsync();
        await Chromium.ScreenshotAsync(owner, "designer-editor");

        await SetAsync(owner, "Survey", "group-orc-working-days", "#bio-properties-panel-orc-due-date", "P5D");
        await SetTimerDurationAsync(owner, "SurveyOverdue", "P5D");
        await SetHeaderAsync(owner, "ApprovalRoute", "80000");
        await owner.Locator("input[data-testid=submit-note], [data-testid=submit-note] input").First.FillAsync("勘查时限改为5个工作日，副总审批线改为8万元");
        await owner.Locator("[data-testid=submit-draft]").ClickAsync();
        try
        {
            await owner.WaitForURLAsync(url => url.EndsWith("/designer"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await Chromium.ScreenshotAsync(owner, "designer-submit-failed");
            throw;
        }

        var ownReview = await OpenReviewAsync(owner, reviewer: false);
        Assert.Equal(0, await ownReview.Locator("[data-testid=approve]").CountAsync());

        var leader = await SignInAsync("leader");
        var review = await OpenReviewAsync(leader, reviewer: true);
        var changes = await review.Locator("[data-testid=change-list]").InnerTextAsync();
        Assert.Contains("P5D", changes);
        Assert.Contains("80000", changes);
        // the due date, the escalation timer and the threshold, and nothing bpmn-js merely wrote differently
        Assert.Equal(3, await review.Locator("[data-testid=change-parameter]").CountAsync());
        await Chromium.ScreenshotAsync(review, "designer-review");
        await review.Locator("[data-testid=approve]").ClickAsync();
        await review.Locator("[data-testid=publish]").ClickAsync();
        await review.Locator("[data-testid=published-version]").WaitForAsync();

        var after = await StartNewConnectionAsync("AFTER-1");
        var (beforeVersion, beforeXml) = await VersionOfAsync(before);
        var (afterVersion, afterXml) = await VersionOfAsync(after);
        Assert.Equal(1, beforeVersion);
        Assert.Equal(2, afterVersion);
        Assert.Contains("orc:dueDate=\"P7D\"", beforeXml);
        Assert.Contains("value=\"100000\"", beforeXml);
        Assert.Contains("P5D", afterXml);
        Assert.DoesNotContain("orc:dueDate=\"P7D\"", afterXml);
        Assert.Contains("value=\"80000\"", afterXml);
    }

    [Fact]
    public async Task The_withdrawal_event_sub_process_is_drawn_and_a_template_applies_to_its_message_start()
    {
        var owner = await SignInAsync("owner");
        await owner.GotoAsync($"{baseUrl}/designer");
        await ClickUntilAsync(owner, "[data-testid=flow-row][data-key=new_connection] [data-testid=edit-flow]", "/designer/drafts/");
        await owner.Locator("[data-testid=modeler] .djs-element[data-element-id=Withdrawal]").WaitForAsync();

        await SelectAsync(owner, "WithdrawalRequested");

        // the Template group appears only when a template applies: of ours, only the withdrawal start does
        var select = owner.Locator("[data-testid=properties-panel] .bio-properties-panel-select-template-button");
        try
        {
            await select.WaitForAsync(new LocatorWaitForOptions { Timeout = 10000 });
        }
        catch (TimeoutException)
        {
            await Chromium.ScreenshotAsync(owner, "designer-withdrawal-template-missing");
            throw;
        }
        Assert.Contains("MESSAGE START EVENT", (await owner.Locator("[data-testid=properties-panel] .bio-properties-panel-header").InnerTextAsync()).ToUpperInvariant());
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => Console.WriteLine($"[{user} console] {message.Type}: {message.Text}");
        await page.GotoAsync($"{baseUrl}/account/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", "Demo@2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
        return page;
    }

    /// <summary>Opens the draft's review page; a reviewer sees the review actions, the author only the changes.</summary>
    private async Task<IPage> OpenReviewAsync(IPage page, bool reviewer)
    {
        await page.GotoAsync($"{baseUrl}/designer");
        // Follow the link's address rather than click it: a click before the circuit connects can be lost.
        var review = page.Locator("[data-testid=draft-row][data-key=new_connection] [data-testid=review-draft]").First;
        await review.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var href = await review.GetAttributeAsync("href") ?? throw new InvalidOperationException("The review link has no address.");
        await page.GotoAsync(new Uri(new Uri(baseUrl + "/"), href).ToString());
        try
        {
            await page.Locator(reviewer ? "[data-testid=approve]" : "[data-testid=change-list]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await Chromium.ScreenshotAsync(page, "designer-review-failed");
            throw;
        }
        return page;
    }

    /// <summary>
    /// A page is prerendered before its Blazor circuit connects; a click that lands before then does nothing,
    /// so click again until the page has moved on.
    /// </summary>
    private static async Task ClickUntilAsync(IPage page, string selector, string urlPart)
    {
        for (var attempt = 0; attempt < 20 && !page.Url.Contains(urlPart); attempt++)
        {
            await page.Locator(selector).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => url.Contains(urlPart), new PageWaitForURLOptions { Timeout = 1500, WaitUntil = WaitUntilState.Commit });
            }
            catch (TimeoutException)
            {
            }
        }
        if (!page.Url.Contains(urlPart)) await Chromium.ScreenshotAsync(page, "designer-click-failed");
        Assert.Contains(urlPart, page.Url);
    }

    private static async Task SelectAsync(IPage page, string elementId) =>
        await page.Locator($"[data-testid=modeler] .djs-element[data-element-id={elementId}]").ClickAsync(new LocatorClickOptions { Force = true });

    private static async Task SetAsync(IPage page, string elementId, string groupId, string input, string value)
    {
        await SelectAsync(page, elementId);
        var field = await UnfoldAsync(page, groupId, page.Locator(input));
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    private static async Task SetTimerDurationAsync(IPage page, string elementId, string value)
    {
        await SelectAsync(page, elementId);
        var field = await UnfoldAsync(page, "group-timer", page.Locator("#bio-properties-panel-timerEventDefinitionValue"));
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    private static async Task SetHeaderAsync(IPage page, string elementId, string value)
    {
        await SelectAsync(page, elementId);
        var field = page.Locator("#bio-properties-panel-" + elementId + "-header-0-value");
        await UnfoldAsync(page, "group-headers", page.Locator($"[data-testid=properties-panel] [data-group-id=group-headers] .bio-properties-panel-collapsible-entry-header").First);
        if (!await field.IsVisibleAsync())
            await page.Locator($"[data-testid=properties-panel] [data-group-id=group-headers] .bio-properties-panel-collapsible-entry-header").First.ClickAsync();
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>The properties panel shows most groups folded: unfold one by its title (never its + button).</summary>
    private static async Task<ILocator> UnfoldAsync(IPage page, string groupId, ILocator target)
    {
        if (!await target.IsVisibleAsync())
            await page.Locator($"[data-testid=properties-panel] [data-group-id={groupId}] .bio-properties-panel-group-header-title").ClickAsync();
        await target.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 5000 });
        return target;
    }

    private async Task<Guid> StartNewConnectionAsync(string businessKey)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync("new_connection", businessKey);
    }

    private async Task<(int Version, string Xml)> VersionOfAsync(Guid instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var instance = await db.Set<WorkflowInstanceRecord>().SingleAsync(i => i.Id == instanceId);
        var xml = await db.Set<WorkflowDefinitionRecord>().Where(d => d.Id == instance.DefinitionId).Select(d => d.Xml).SingleAsync();
        return (instance.Version, xml);
    }
}
