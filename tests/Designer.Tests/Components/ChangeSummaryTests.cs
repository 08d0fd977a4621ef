using Bunit;
using Orchestrator.Designer.Changes;
using Orchestrator.Designer.Components.Shared;
using Orchestrator.Designer.Tests.Support;

namespace Orchestrator.Designer.Tests.Components;

/// <summary>The review's summary: one sentence per change, and a click names the element to show.</summary>
public sealed class ChangeSummaryTests : DesignerComponentTest
{
    private static readonly FlowChanges ShorterSla = FlowDiff.Compare(
        Bpmn.SurveyFlow().Replace("Site survey", "现场勘查"), Bpmn.SurveyFlow(sla: "P5D").Replace("Site survey", "现场勘查"));

    [Fact]
    public void Each_change_is_a_sentence_and_a_click_selects_its_element()
    {
        string? selected = null;
        var summary = Render<ChangeSummary>(p => p.Add(c => c.Changes, ShorterSla).Add(c => c.OnSelected, id => selected = id));

        var sentence = Assert.Single(summary.FindAll("[data-testid=change-sentence]"));
        Assert.Equal("现场勘查时限 7 → 5 个工作日", sentence.TextContent.Trim());
        sentence.Click();
        Assert.Equal("survey", selected);
    }

    [Fact]
    public void No_changes_no_summary()
    {
        var summary = Render<ChangeSummary>(p => p.Add(c => c.Changes, FlowChanges.None));

        Assert.Empty(summary.FindAll("[data-testid=change-summary]"));
    }
}
