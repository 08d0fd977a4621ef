using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Orchestrator.EndToEnd.Tests;

/// <summary>What a member of staff does in the workplace, step by step, the way they would do it with a mouse.</summary>
public static partial class StaffActions
{
    /// <summary>Navigates and waits until the Blazor circuit handles events (the page is prerendered first).</summary>
    public static async Task OpenAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    public static ILocator Input(this IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>Counter intake of a new connection for an existing customer, every document ticked; returns the request number.</summary>
    public static async Task<string> SubmitNewConnectionAsync(IPage clerk, string idNumber, string address, Func<IPage, Task>? beforeSubmit = null)
    {
        await clerk.OpenAsync("/intake");
        await clerk.Input("customer-search").FillAsync(idNumber);
        await clerk.ClickAsync("[data-testid=customer-search-go]");
        await clerk.ClickAsync("[data-testid=choose-customer]");
        await clerk.WaitForSelectorAsync("[data-testid=chosen-customer]");
        await clerk.ClickAsync("[data-testid=intake-next]");
        await clerk.Input("request-address").WaitForAsync();
        await clerk.ChooseAsync("request-type", "新装接水");
        await clerk.Input("request-address").FillAsync(address);
        await clerk.Input("request-details").FillAsync("新建住宅接水，DN25");
        await clerk.ClickAsync("[data-testid=intake-next]");
        await clerk.Locator("input[data-testid=document]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        foreach (var box in await clerk.Locator("input[data-testid=document]").AllAsync())
            await box.CheckAsync(new LocatorCheckOptions { Force = true });
        await clerk.ClickAsync("[data-testid=intake-next]");
        await clerk.WaitForSelectorAsync("[data-testid=intake-review]");
        if (beforeSubmit is not null) await beforeSubmit(clerk);
        await clerk.ClickAsync("[data-testid=intake-submit]");
        var text = await clerk.Locator("[data-testid=intake-submitted]").InnerTextAsync();
        return RequestNumber().Match(text).Value;
    }

    /// <summary>Opens the step from the inbox (it arrives live), claims it, fills its form and completes it.</summary>
    public static async Task CompleteFromInboxAsync(IPage page, string requestNumber, string step, Func<IPage, Task> fill, string? screenshot = null)
    {
        await OpenFromInboxAsync(page, requestNumber, step);
        await ClaimAsync(page);
        await fill(page);
        if (screenshot is not null) await Screenshots.SaveAsync(page, screenshot);
        await page.ClickAsync("[data-testid=complete-task]");
        await page.BackInInboxAsync();
    }

    /// <summary>
    /// Waits until a completed step has brought the person back to the inbox. Blazor navigates inside the page
    /// (no load event follows), so the wait ends when the address changes, not when a page load finishes.
    /// </summary>
    public static Task BackInInboxAsync(this IPage page) =>
        page.WaitForURLAsync(url => url.EndsWith("/inbox"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

    /// <summary>Waits for the step's row in the inbox and opens its task page.</summary>
    public static async Task OpenFromInboxAsync(IPage page, string requestNumber, string step)
    {
        await page.OpenAsync("/inbox");
        var row = page.Locator($"[data-testid=inbox-row][data-request='{requestNumber}']").Filter(new LocatorFilterOptions { HasText = step });
        await row.WaitForAsync(new LocatorWaitForOptions { Timeout = Browser.PageTimeoutMs });
        await row.Locator("[data-testid=open-task]").ClickAsync();
        await page.Locator("[data-testid=task-work]").WaitForAsync();
    }

    /// <summary>Claims the open task page's step with its primary button, unless the caller already holds it.</summary>
    public static async Task ClaimAsync(IPage page)
    {
        if (await page.Locator("[data-testid=task-work]").GetAttributeAsync("data-state") == "mine") return;
        await page.ClickAsync("[data-testid=task-work][data-state=unclaimed] [data-testid=claim]");
        await page.Locator("[data-testid=task-work][data-state=mine]").WaitForAsync();
    }

    public static Task Tick(this IPage page, string field) =>
        page.Locator($"[data-field={field}] input[type=checkbox]").CheckAsync(new LocatorCheckOptions { Force = true });

    public static Task Type(this IPage page, string field, string value) =>
        page.Locator($"[data-field={field}] input, [data-field={field}] textarea").First.FillAsync(value);

    public static async Task TypeDate(this IPage page, string field, string value)
    {
        var input = page.Locator($"[data-field={field}] input").First;
        await input.FillAsync(value);
        await input.PressAsync("Enter");
        await page.Keyboard.PressAsync("Escape");
        // The picker's calendar must be gone before the next click, or that click lands on its closing overlay.
        await page.Locator(".mud-popover-open .mud-picker-calendar-container, .mud-overlay").First
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    /// <summary>Takes payments at the counter until nothing on the customer's accounts is outstanding.</summary>
    public static async Task PayEverythingAtCounterAsync(IPage page, Guid customerId, string? requestNumber = null)
    {
        await page.OpenAsync($"/customers/{customerId}");
        await page.WaitForSelectorAsync("[data-testid=counter-payment]");
        for (var i = 0; i < 6 && await page.Locator("[data-testid=payment-submit]").IsEnabledAsync(); i++)
        {
            if (requestNumber is not null) await page.Input("payment-request").FillAsync(requestNumber);
            await page.ClickAsync("[data-testid=payment-submit]");
            await page.Locator(".mud-snackbar").Last.WaitForAsync();
            await page.WaitForTimeoutAsync(500);
        }
    }

    [GeneratedRegex(@"[A-Z]{2,}[0-9]{6,}")]
    private static partial Regex RequestNumber();
}
