using Bunit;
using Microsoft.AspNetCore.Components;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class InboxRowTests : ComponentTest
{
    private static InboxItem Item(string? assignee = null, SlaStatus? sla = null) => new(
        Guid.NewGuid(), "XZ202611230001", ServiceRequestType.NewConnection, "张三", "现场勘查", "survey", ["design-office"], assignee,
        DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(-3), sla ?? new SlaStatus(SlaState.Overdue, 2), new Dictionary<string, object?>());

    private IRenderedComponent<InboxRow> Render(InboxItem item, Action<InboxItem>? claim = null, Action<InboxItem>? release = null) =>
        Render<InboxRow>(p => p
            .Add(r => r.Item, item)
            .Add(r => r.UserName, "design")
            .Add(r => r.OnClaim, EventCallback.Factory.Create<InboxItem>(this, claim ?? (_ => { })))
            .Add(r => r.OnRelease, EventCallback.Factory.Create<InboxItem>(this, release ?? (_ => { }))));

    [Fact]
    public void Shows_the_request_customer_step_and_an_overdue_badge_in_working_days()
    {
        var row = Render(Item());

        Assert.Equal("XZ202611230001", row.Find("[data-testid=open-task]").TextContent.Trim());
        Assert.Equal("张三", row.Find("[data-testid=customer]").TextContent.Trim());
        Assert.Equal("现场勘查", row.Find("[data-testid=step]").TextContent.Trim());
        var badge = row.Find("[data-testid=sla-badge]");
        Assert.Equal("Overdue", badge.GetAttribute("data-sla"));
        Assert.Contains("超期 2 个工作日", badge.TextContent);
        Assert.Contains("/tasks/", row.Find("[data-testid=open-task]").GetAttribute("href"));
    }

    [Theory]
    [InlineData(SlaState.DueSoon, 0, "今日到期")]
    [InlineData(SlaState.DueSoon, 2, "剩余 2 个工作日")]
    [InlineData(SlaState.OnTrack, 5, "剩余 5 个工作日")]
    [InlineData(SlaState.Overdue, 0, "今日已超时")]
    public void The_badge_counts_working_days(SlaState state, int days, string text)
    {
        var row = Render(Item(sla: new SlaStatus(state, days)));

        Assert.Contains(text, row.Find("[data-testid=sla-badge]").TextContent);
    }

    [Fact]
    public void The_badge_says_when_the_year_has_no_holiday_table_rather_than_guessing()
    {
        var row = Render(Item(sla: new SlaStatus(SlaState.CalendarMissing, MissingYear: 2027)));

        Assert.Contains("2027年节假日未公布", row.Find("[data-testid=sla-badge]").TextContent);
    }

    [Fact]
    public void An_unclaimed_task_can_be_claimed()
    {
        InboxItem? claimed = null;
        var item = Item();
        var row = Render(item, claim: i => claimed = i);

        row.Find("[data-testid=claim]").Click();

        Assert.Same(item, claimed);
        Assert.Empty(row.FindAll("[data-testid=release]"));
    }

    [Fact]
    public void My_claimed_task_can_be_released_and_a_colleagues_cannot_be_touched()
    {
        InboxItem? released = null;
        var mine = Render(Item(assignee: "design"), release: i => released = i);
        mine.Find("[data-testid=release]").Click();
        Assert.NotNull(released);

        var theirs = Render(Item(assignee: "someone-else"));
        Assert.Empty(theirs.FindAll("button"));
        Assert.Equal("someone-else", theirs.Find("[data-testid=assignee]").TextContent.Trim());
    }
}
