using Bunit;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class StepFactsPanelTests : ComponentTest
{
    [Fact]
    public void Each_fact_reads_with_its_chinese_label_and_what_is_owed_stands_out()
    {
        var panel = Render<StepFactsPanel>(p => p.Add(f => f.Facts, [
            new StepFact("Fact_amount", "128,500.00 元"),
            new StepFact("Fact_feeDue", "128,500.00 元", Warning: true),
        ]));

        var rows = panel.FindAll("[data-testid=fact]");
        Assert.Equal("工程款（预算）", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("128,500.00 元", rows[0].QuerySelector("td")!.TextContent);
        Assert.Equal("尚需缴纳", rows[1].QuerySelector("th")!.TextContent);
        Assert.Contains("orc-owing", rows[1].QuerySelector("td")!.ClassName);
        Assert.DoesNotContain("orc-owing", rows[0].QuerySelector("td")!.ClassName ?? "");
    }
}
