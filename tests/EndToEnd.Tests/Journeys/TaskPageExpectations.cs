using Microsoft.Playwright;

namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>What every role sees on a step's page before claiming it: the form to read, who may claim, nothing to complete, no raw variables.</summary>
public static class TaskPageExpectations
{
    private static readonly string[] RawVariables = ["requestType=", "outcome=", "permitsNeeded=", "NewConnection", "=False", "=True"];

    public static async Task ReadOnlyUntilClaimedAsync(IPage page, string whoMayClaim)
    {
        var work = page.Locator("[data-testid=task-work][data-state=unclaimed]");
        await work.WaitForAsync();
        Assert.Contains(whoMayClaim, await work.Locator("[data-testid=claim-first]").InnerTextAsync());
        Assert.Equal(0, await work.Locator("[data-testid=complete-task]").CountAsync());
        foreach (var input in await work.Locator("[data-field] input").AllAsync())
            Assert.True(await input.IsDisabledAsync(), "before claiming every input of the form is read-only");
        var text = await page.Locator(".mud-main-content").InnerTextAsync();
        Assert.DoesNotContain(RawVariables, raw => text.Contains(raw, StringComparison.Ordinal));
    }

    /// <summary>The fact's value as the page shows it (e.g. "86,000.00 元").</summary>
    public static Task<string> FactAsync(IPage page, string key) =>
        page.Locator($"[data-testid=fact][data-fact={key}] td").InnerTextAsync();
}
