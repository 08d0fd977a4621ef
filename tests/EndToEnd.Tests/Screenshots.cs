using Microsoft.Playwright;

namespace Orchestrator.EndToEnd.Tests;

/// <summary>Saves full-page screenshots under artifacts/screenshots at the repository root.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Runs a journey; when it fails, every page it opened is saved as failed-&lt;journey&gt;-&lt;n&gt;.png (the page
    /// as the person saw it at that moment) before the failure is reported.
    /// </summary>
    public static async Task OnFailureAsync(Browser browser, string journey, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch
        {
            for (var i = 0; i < browser.Pages.Count; i++)
            {
                try
                {
                    await SaveAsync(browser.Pages[i], $"failed-{journey}-{i + 1}");
                }
                catch (PlaywrightException)
                {
                    // A page that closed with the failure has nothing left to show; the others still do.
                }
            }
            throw;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Orchestrator.sln"))) directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
