using Bunit;
using Microsoft.AspNetCore.Components;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Tests.Features.Tasks;

public sealed class InboxRowTests : ComponentTest
{
    private static InboxItem Item(string? assignee = null, SlaStatus? sla = null, bool incident = false) => new(
        Guid.NewGuid(), "XZ202611230001", ServiceRequestType.NewConnection, "张三", "现场勘查", "survey", ["design-office"], assignee,
        DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(-3), sla ?? new SlaStatus(SlaState.Overdue, 2), new Dictionary<string, object?>(), incident);

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
    public void The_badge_marks_a_deadline_counted_before_the_holiday_table_was_published()
    {
        var row = Render(Item(sla: new SlaStatus(SlaState.OnTrack, 9, Provisional: true)));

        var badge = row.Find("[data-testid=sla-badge]");
        Assert.Contains("剩余 9 个工作日（暂定）", badge.TextContent);
        Assert.Equal("true", badge.GetAttribute("data-provisional"));
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

    [Fact]
    public void A_request_stopped_at_a_failed_step_shows_异常_linking_the_duty_manager_to_the_exceptions_list()
    {
        Authorize().SetAuthorized("duty").SetRoles(Orchestrator.Domain.Organization.Roles.DutyManager);

        var row = Render(Item(incident: true));

        var badge = row.Find("[data-testid=incident-badge]");
        Assert.Contains("异常", badge.TextContent);
        Assert.Equal("/exceptions", badge.GetAttribute("href"));
    }

    [Fact]
    public void A_clerk_sees_异常_with_who_deals_with_it_and_a_healthy_request_shows_no_badge()
    {
        Authorize().SetAuthorized("design").SetRoles(Orchestrator.Domain.Organization.Roles.Clerk);

        var failed = Render(Item(incident: true)).Find("[data-testid=incident-badge]");
        var healthy = Render(Item());

        Assert.Null(failed.GetAttribute("href"));
        Assert.Contains("值班经理", failed.GetAttribute("title"));
        Assert.Empty(healthy.FindAll("[data-testid=incident-badge]"));
    }
}
