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
/// SLA and lowers the VP threshold in the properties panel (in Chinese) and submits; a leader reads the change in
/// words, approves and publishes; requests started before keep version 1, requests started after run on the new values.
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
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await host.DisposeAsync();
    }

    /// <summary>
    /// The process owner's journey in zh-CN: the flow by its name, the palette and properties in Chinese, the survey
    /// SLA typed as "五天" (refused with a message), "5天" (taken as 5 calendar days) and set back to working days; the
    /// leader reads the change in words beside both diagrams coloured, approves and publishes, and the page then shows
    /// the new version as the live one.
    /// </summary>
    [Fact]
    public async Task An_owner_changes_the_survey_sla_and_vp_threshold_and_a_leader_approves_it()
    {
        var before = await StartNewConnectionAsync("BEFORE-1");

        var owner = await SignInAsync("owner");
        var leader = await SignInAsync("leader");
        await WithScreenshotsAsync("designer-sla-journey", [owner, leader], async () =>
        {
            await owner.GotoAsync($"{baseUrl}/designer");
            Assert.Contains("新装接水", await owner.Locator("[data-testid=flow-row][data-key=new_connection] [data-testid=flow-title]").InnerTextAsync());
            await ClickUntilAsync(owner, "[data-testid=flow-row][data-key=new_connection] [data-testid=edit-flow]", "/designer/drafts/");
            await owner.Locator("[data-testid=modeler] .djs-element[data-element-id=Survey]").WaitForAsync();
            Assert.Equal("新装接水", await owner.Locator("[data-testid=flow-title]").InnerTextAsync());
            Assert.Equal("添加开始事件", await owner.Locator("[data-testid=modeler] .djs-palette [data-action='create.start-event']").GetAttributeAsync("aria-label"));
            await Chromium.ScreenshotAsync(owner, "designer-editor");

            await SelectAsync(owner, "Survey");
            Assert.Contains("人工任务", await owner.Locator("[data-testid=properties-panel] .bio-properties-panel-header").InnerTextAsync());
            var amount = await UnfoldAsync(owner, "group-orc-working-days", owner.Locator("#bio-properties-panel-orc-sla-amount"));
            var unit = owner.Locator("#bio-properties-panel-orc-sla-unit");
            Assert.Equal("7", await amount.InputValueAsync());
            Assert.Equal("workingDays", await unit.InputValueAsync());

            await amount.FillAsync("五天");
            await Assertions.Expect(owner.Locator("[data-testid=properties-panel] [data-entry-id=orc-sla-amount] .bio-properties-panel-error"))
                .ToContainTextAsync("无法识别");
            await amount.FillAsync("5天");
            await Assertions.Expect(unit).ToHaveValueAsync("days");
            await Assertions.Expect(amount).ToHaveValueAsync("5");
            await Assertions.Expect(owner.Locator("[data-testid=properties-panel] [data-entry-id=orc-sla-amount]")).ToContainTextAsync("当前：5 天");
            await unit.SelectOptionAsync("workingDays");
            await Assertions.Expect(owner.Locator("[data-testid=properties-panel] [data-entry-id=orc-sla-amount]")).ToContainTextAsync("当前：5 个工作日");
            await Chromium.ScreenshotAsync(owner, "designer-sla");

            await SelectAsync(owner, "SurveyOverdue");
            // the timer keeps its type in the Zeebe group; its duration is entered only in the SLA fields
            await UnfoldAsync(owner, "group-timer", owner.Locator("#bio-properties-panel-timerEventDefinitionType"));
            Assert.Equal(0, await owner.Locator("#bio-properties-panel-timerEventDefinitionValue").CountAsync());
            var timerAmount = await UnfoldAsync(owner, "group-orc-working-days", owner.Locator("#bio-properties-panel-orc-sla-amount"));
            Assert.Equal("7", await timerAmount.InputValueAsync());
            await timerAmount.FillAsync("5");
            await timerAmount.PressAsync("Tab");
            await Assertions.Expect(owner.Locator("[data-testid=properties-panel] [data-entry-id=orc-sla-amount]")).ToContainTextAsync("当前：5 个工作日");

            await SetHeaderAsync(owner, "ApprovalRoute", "80000");
            await owner.Locator("input[data-testid=submit-note], [data-testid=submit-note] input").First.FillAsync("勘查时限改为5个工作日，副总审批线改为8万元");
            await owner.Locator("[data-testid=submit-draft]").ClickAsync();
            await owner.WaitForURLAsync(url => url.EndsWith("/designer"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

            var ownReview = await OpenReviewAsync(owner, reviewer: false);
            Assert.Equal(0, await ownReview.Locator("[data-testid=approve]").CountAsync());

            var review = await OpenReviewAsync(leader, reviewer: true);
            Assert.Equal("新装接水", await review.Locator("[data-testid=flow-title]").InnerTextAsync());
            Assert.Equal(
                ["审批金额阈值（超过需副总审批） 100,000 → 80,000 元", "现场勘查时限 7 → 5 个工作日", "现场勘查超时计时 7 → 5 个工作日"],
                (await review.Locator("[data-testid=change-sentence]").AllInnerTextsAsync()).Select(t => t.Trim()));
            // the due date, the escalation timer and the threshold, and nothing bpmn-js merely wrote differently
            Assert.Equal(3, await review.Locator("[data-testid=change-parameter]").CountAsync());
            Assert.Contains("当前生效版本 v1", await review.Locator("[data-testid=live-version]").InnerTextAsync());
            foreach (var diagram in new[] { "diagram-before", "diagram-after" })
                foreach (var changed in new[] { "Survey", "SurveyOverdue", "ApprovalRoute" })
                    await review.Locator($"[data-testid={diagram}] .djs-element.orc-changed[data-element-id={changed}]").WaitForAsync();
            await Chromium.ScreenshotAsync(review, "designer-review");
            // a sentence clicked shows its step at full size in both diagrams (a task is 100 px wide at scale 1)
            await review.Locator("[data-testid=change-sentence][data-element=Survey]").ClickAsync();
            foreach (var diagram in new[] { "diagram-before", "diagram-after" })
                await review.WaitForFunctionAsync(
                    $"() => document.querySelector('[data-testid={diagram}] .djs-element[data-element-id=Survey]')?.getBoundingClientRect().width >= 90");

            await review.Locator("[data-testid=approve]").ClickAsync();
            await review.Locator("[data-testid=publish]").ClickAsync();
            await review.Locator("[data-testid=published-version]").WaitForAsync();
            await Assertions.Expect(review.Locator("[data-testid=live-version]")).ToContainTextAsync("已发布为 v2，现为当前生效版本");
            Assert.Contains("v1", await review.Locator("[data-testid=before-title]").InnerTextAsync());
            await Chromium.ScreenshotAsync(review, "designer-published");
        });

        var after = await StartNewConnectionAsync("AFTER-1");
        var (beforeVersion, beforeXml) = await VersionOfAsync(before);
        var (afterVersion, afterXml) = await VersionOfAsync(after);
        Assert.Equal(1, beforeVersion);
        Assert.Equal(2, afterVersion);
        Assert.Contains("orc:dueDate=\"P7D\"", beforeXml);
        Assert.Contains("value=\"100000\"", beforeXml);
        Assert.Matches("id=\"Survey\"[^>]*orc:dueDate=\"P5D\"", afterXml);
        Assert.Matches("id=\"Survey\"[^>]*orc:calendar=\"working-days\"", afterXml);
        Assert.DoesNotContain("orc:dueDate=\"P7D\"", afterXml);
        Assert.Contains("value=\"80000\"", afterXml);
    }

    [Fact]
    public async Task The_withdrawal_event_sub_process_is_drawn_and_a_template_applies_to_its_message_start()
    {
        var owner = await SignInAsync("owner");
        await WithScreenshotsAsync("designer-withdrawal", [owner], async () =>
        {
            await owner.GotoAsync($"{baseUrl}/designer");
            await ClickUntilAsync(owner, "[data-testid=flow-row][data-key=new_connection] [data-testid=edit-flow]", "/designer/drafts/");
            await owner.Locator("[data-testid=modeler] .djs-element[data-element-id=Withdrawal]").WaitForAsync();

            await SelectAsync(owner, "WithdrawalRequested");

            // the Template group appears only when a template applies: of ours, only the withdrawal start does
            await owner.Locator("[data-testid=properties-panel] .bio-properties-panel-select-template-button").WaitForAsync();
            Assert.Contains("消息开始事件", await owner.Locator("[data-testid=properties-panel] .bio-properties-panel-header").InnerTextAsync());

            // the page in English: the modeler follows it
            var editor = new Uri(owner.Url).PathAndQuery;
            await owner.GotoAsync($"{baseUrl}/culture/en?returnUrl={Uri.EscapeDataString(editor)}");
            await Assertions.Expect(owner.Locator("[data-testid=modeler] .djs-palette [data-action='create.start-event']")).ToHaveAttributeAsync("aria-label", "Create start event");
            await owner.Locator("[data-testid=modeler] .djs-element[data-element-id=WithdrawalRequested]").WaitForAsync();
            await SelectAsync(owner, "WithdrawalRequested");
            await Assertions.Expect(owner.Locator("[data-testid=properties-panel] .bio-properties-panel-header")).ToContainTextAsync("Message Start Event");
        });
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        // a loaded 2-core machine: every wait may take up to a minute
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => Console.WriteLine($"[{user} console] {message.Type}: {message.Text}");
        await page.GotoAsync($"{baseUrl}/account/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", "Demo@2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
        return page;
    }

    /// <summary>Runs a journey; when it fails, each page's state is kept as a screenshot under artifacts/.</summary>
    private static async Task WithScreenshotsAsync(string journey, IPage[] pages, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            for (var i = 0; i < pages.Length; i++)
                await Chromium.ScreenshotAsync(pages[i], $"{journey}-failed-{i + 1}");
            throw;
        }
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
        await page.Locator(reviewer ? "[data-testid=approve]" : "[data-testid=change-list]").WaitForAsync();
        return page;
    }

    /// <summary>
    /// A page is prerendered before its Blazor circuit connects; a click that lands before then does nothing,
    /// so click again until the page has moved on.
    /// </summary>
    private static async Task ClickUntilAsync(IPage page, string selector, string urlPart)
    {
        for (var attempt = 0; attempt < 40 && !page.Url.Contains(urlPart); attempt++)
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
        await target.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
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
