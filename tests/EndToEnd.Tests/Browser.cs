using Microsoft.Playwright;

namespace Orchestrator.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser): install it with
/// `apt-get install -y chromium`. Each actor gets a browser context of their own, so cookies never mix.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? playwright;

    public IBrowser Instance { get; private set; } = null!;

    public KestrelHost Host { get; } = new();

    /// <summary>How long any wait on the page may take: a loaded 2-core machine with several builds running.</summary>
    public const int PageTimeoutMs = 60_000;

    private readonly List<IPage> pages = [];

    /// <summary>Every page opened so far, to photograph when a journey fails.</summary>
    public IReadOnlyList<IPage> Pages => pages;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing. Install Debian's Chromium: apt-get install -y chromium");
        Host.Start();
        playwright = await Playwright.CreateAsync();
        Instance = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new browser context signed in as the demo user.</summary>
    public async Task<IPage> SignInAsync(string userName)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        context.SetDefaultTimeout(PageTimeoutMs);
        var page = await context.NewPageAsync();
        pages.Add(page);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", "Demo@2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=current-user]");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null) await Instance.CloseAsync();
        playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
