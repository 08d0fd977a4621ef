using Bunit;
using Microsoft.AspNetCore.Components;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Approvals;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Approvals;

public sealed class ApprovalBatchTests : ComponentTest
{
    private readonly List<ApprovalDecision> decisions = [];

    private static ApprovalItem Item(string number, decimal amount) => new(
        Guid.NewGuid(), number, ServiceRequestType.NewConnection, "李四", "城东路1号", "主管领导审批预算", amount, "DN25 接入", null,
        new SlaStatus(SlaState.OnTrack, 3));

    private int moreClicks;

    private IRenderedComponent<ApprovalBatch> Render(params ApprovalItem[] items) => Render(false, items);

    private IRenderedComponent<ApprovalBatch> Render(bool hasMore, params ApprovalItem[] items) =>
        Render<ApprovalBatch>(p => p
            .Add(b => b.Items, items)
            .Add(b => b.OnDecide, EventCallback.Factory.Create<ApprovalDecision>(this, d => decisions.Add(d)))
            .Add(b => b.HasMore, hasMore)
            .Add(b => b.OnMore, EventCallback.Factory.Create(this, () => moreClicks++)));

    [Fact]
    public void More_asks_for_the_next_page_and_select_all_decides_only_the_rows_loaded()
    {
        var (a, b) = (Item("XZ1", 86000m), Item("XZ2", 120000m));
        var batch = Render(true, a, b);

        batch.Find("[data-testid=approvals-more]").Click();
        Assert.Equal(1, moreClicks);
        Assert.Equal("更多", batch.Find("[data-testid=approvals-more]").TextContent.Trim());

        batch.Find("input[data-testid=select-all]").Change(true);
        batch.Find("[data-testid=approve-selected]").Click();
        Assert.Equal([a.TaskId, b.TaskId], Assert.Single(decisions).TaskIds);
        Assert.Empty(Render(false, a).FindAll("[data-testid=approvals-more]")); // the last page: nothing more to load
    }

    [Fact]
    public void Shows_each_amount_and_approves_the_ticked_ones_together()
    {
        var (a, b, c) = (Item("XZ1", 86000m), Item("XZ2", 120000m), Item("XZ3", 5000m));
        var batch = Render(a, b, c);
        Assert.Equal(["86,000.00", "120,000.00", "5,000.00"], batch.FindAll("[data-testid=approval-amount]").Select(e => e.TextContent.Trim()));

        var boxes = batch.FindAll("input[data-testid=select-approval]");
        boxes[0].Change(true);
        batch.FindAll("input[data-testid=select-approval]")[1].Change(true);
        batch.Find("[data-testid=approve-selected]").Click();

        var decision = Assert.Single(decisions);
        Assert.True(decision.Approved);
        Assert.Equal([a.TaskId, b.TaskId], decision.TaskIds);
    }

    [Fact]
    public void A_rejection_needs_a_comment()
    {
        var item = Item("XZ1", 86000m);
        var batch = Render(item);
        batch.Find("input[data-testid=select-all]").Change(true);

        batch.Find("[data-testid=reject-selected]").Click();
        Assert.Empty(decisions);
        Assert.Contains("退回须填写意见", batch.Markup);

        batch.Find("textarea[data-testid=approval-comment], [data-testid=approval-comment] textarea").Input("预算偏高，请复核");
        batch.Find("[data-testid=reject-selected]").Click();

        var decision = Assert.Single(decisions);
        Assert.False(decision.Approved);
        Assert.Equal("预算偏高，请复核", decision.Comment);
        Assert.Equal([item.TaskId], decision.TaskIds);
    }
}
