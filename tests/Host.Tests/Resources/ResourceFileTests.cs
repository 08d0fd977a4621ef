using System.Xml.Linq;

namespace Orchestrator.Host.Tests.Resources;

/// <summary>
/// The resource files read as the build reads them: an entry left unclosed hides every entry after it inside itself,
/// and those pages then show key names ("Bills", "ReadingEntry") instead of text. Every entry sits at the top level,
/// and zh-CN and en name the same keys.
/// </summary>
public sealed class ResourceFileTests
{
    public static TheoryData<string> Pairs => new() { "src/Host/Resources/SharedResource", "src/Designer/Resources/DesignerResource" };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_entry_is_top_level_and_both_languages_have_the_same_keys(string stem)
    {
        var zh = TopLevelKeys(stem + ".resx");
        var en = TopLevelKeys(stem + ".en.resx");

        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
    }

    private static HashSet<string> TopLevelKeys(string relative)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, relative))) root = Path.GetDirectoryName(root) ?? throw new FileNotFoundException(relative);
        var document = XDocument.Load(Path.Combine(root, relative));
        var nested = document.Root!.Elements("data").SelectMany(d => d.Descendants("data")).Select(d => (string?)d.Attribute("name")).ToList();
        Assert.True(nested.Count == 0, $"{relative}: entries nested in another (an unclosed <data>): {string.Join(", ", nested.Take(5))}");
        return [.. document.Root.Elements("data").Select(d => (string)d.Attribute("name")!)];
    }
}
