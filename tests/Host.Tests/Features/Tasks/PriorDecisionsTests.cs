using Bunit;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class PriorDecisionsTests : ComponentTest
{
    [Fact]
    public void Lists_the_steps_people_completed_with_who_and_when_in_china_time_and_leaves_the_timeline_out()
    {
        var at = new DateTimeOffset(2026, 11, 20, 2, 15, 0, TimeSpan.Zero);
        var view = Render<PriorDecisions>(p => p.Add(d => d.History, [
            new HistoryLine(at.AddHours(-1), HistorySource.Request, "系统", "受理申请"),
            new HistoryLine(at, HistorySource.Process, "李工（设计室）", "现场勘查：符合安装条件 是"),
        ]));

        var row = Assert.Single(view.FindAll("[data-testid=prior-decision]"));
        Assert.Contains("2026-11-20 10:15", row.TextContent);
        Assert.Contains("李工（设计室）", row.TextContent);
        Assert.Contains("现场勘查：符合安装条件 是", row.TextContent);
    }

    [Fact]
    public void Says_so_when_nobody_decided_anything_yet()
    {
        var view = Render<PriorDecisions>(p => p.Add(d => d.History, []));

        Assert.Contains("尚无人办理过此申请的环节", view.Find("[data-testid=no-prior-decisions]").TextContent);
    }
}
