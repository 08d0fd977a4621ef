using System.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orchestrator.Designer.Tests.Api;
using Orchestrator.Designer.Tests.Support;

namespace Orchestrator.Designer.Tests.Browser;

/// <summary>
/// The designer's overlays are built as DOM, never as HTML text: an element name and a problem message carrying
/// a script tag, quotes and an onerror attribute show as text in the real bundle in Chromium, and nothing runs.
/// </summary>
public sealed class DesignerEscapingBrowserTests : IAsyncLifetime
{
    private const string Hostile = "<script>window.__pwned = 'script'</script>\"'><img src=x onerror=\"window.__pwned = 'img'\">";

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
    public async Task A_hostile_name_and_message_show_as_text_and_nothing_runs()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/account/login");
        var xml = Bpmn.SurveyFlow().Replace("name=\"Site survey\"", $"name=\"{SecurityElement.Escape(Hostile)}\"");
        try
        {
            // the bundle the designer pages load, driven as they drive it
            await page.EvaluateAsync("""
                async ([url, xml, message]) => {
                  const designer = await import(url);
                  const canvas = Object.assign(document.createElement('div'), { id: 'escaping-canvas' });
                  canvas.style.cssText = 'width: 1000px; height: 500px';
                  document.body.append(canvas);
                  const viewer = designer.createViewer(canvas, null, 'zh-CN');
                  await viewer.importXml(xml);
                  viewer.showProblems([ { elementId: 'survey', severity: 'Error', message } ]);
                  viewer.setCounts([ { elementId: 'survey', waiting: 2, overdue: 1 } ]);
                }
                """, new object[] { $"{baseUrl}/_content/Orchestrator.Designer/dist/modeler.js", xml, Hostile });

            var badge = page.Locator("#escaping-canvas .orc-badge[data-element-id=survey]");
            await badge.WaitForAsync();
            Assert.Equal(Hostile, await badge.GetAttributeAsync("title"));
            Assert.Equal("!", await badge.InnerTextAsync());
            Assert.Equal("21", (await page.Locator("#escaping-canvas .orc-count[data-element-id=survey]").InnerTextAsync()).Replace("\n", ""));
            // the label is the name as text (bpmn-js breaks it into lines, so compare without the breaks)
            var label = await page.Locator("#escaping-canvas .djs-element[data-element-id=survey] text").TextContentAsync();
            Assert.Equal(Squeeze(Hostile), Squeeze(label));
            Assert.Equal(0, await page.Locator("#escaping-canvas img, #escaping-canvas script").CountAsync());
            Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')"));
        }
        catch
        {
            await Chromium.ScreenshotAsync(page, "designer-escaping-failed");
            throw;
        }
    }

    private static string Squeeze(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
}
