using System.Diagnostics;

namespace Orchestrator.Designer.Tests.Client;

/// <summary>
/// Every string the bundled modeler passes to bpmn-js's translate service (palette, context pad, menus, properties
/// panel, element templates) has a zh-CN entry: the same check the bundle's build runs, over the installed packages.
/// </summary>
public sealed class TranslationsTests
{
    [Fact]
    public async Task Every_string_the_modeler_shows_has_a_chinese_translation()
    {
        var client = Path.Combine(RepositoryRoot(), "src", "Designer", "client");
        using var node = Process.Start(new ProcessStartInfo("node", "translations-check.mjs")
        {
            WorkingDirectory = client, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, output + errors);
        var checkedCount = int.Parse(output.Split('\n')[0].Replace("checked ", ""));
        Assert.True(checkedCount > 300, $"only {checkedCount} strings found: the scan no longer reads the modeler's packages");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln"))) return dir.FullName;
        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
