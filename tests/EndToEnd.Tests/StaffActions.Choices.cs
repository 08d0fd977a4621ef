using Microsoft.Playwright;

namespace Orchestrator.EndToEnd.Tests;

public static partial class StaffActions
{
    /// <summary>Opens a MudSelect and picks the item with this text from its open list.</summary>
    public static async Task ChooseAsync(this IPage page, string testId, string item)
    {
        await page.Locator($"[data-testid={testId}]").First.ClickAsync(new LocatorClickOptions { Force = true });
        await page.Locator(".mud-popover-open").GetByText(item, new LocatorGetByTextOptions { Exact = true }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }
}
