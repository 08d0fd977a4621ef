using Bunit;
using Orchestrator.Designer.Components.Shared;
using Orchestrator.Designer.Drafts;

namespace Orchestrator.Designer.Tests.Components;

public sealed class DraftListTests : DesignerComponentTest
{
    private static FlowDraft Draft(string key, Action<FlowDraft>? step = null)
    {
        var draft = FlowDraft.Start(Guid.NewGuid(), key, 3, "<xml/>", "owner", null, Now);
        step?.Invoke(draft);
        return draft;
    }

    [Fact]
    public void Lists_each_draft_with_its_flow_version_and_status()
    {
        var list = Render<DraftList>(p => p
            .Add(c => c.Drafts, [Draft("new-connection"), Draft("transfer", d => d.Submit(null, Now))])
            .Add(c => c.CanAuthor, true));

        var rows = list.FindAll("[data-testid=draft-row]");
        Assert.Equal(["new-connection", "transfer"], rows.Select(r => r.GetAttribute("data-key")));
        Assert.Contains("(v3)", rows[0].TextContent);
        Assert.Equal(["草稿", "待审批"], list.FindAll("[data-testid=draft-status]").Select(s => s.TextContent.Trim()));
    }

    [Fact]
    public void Only_editable_drafts_open_in_the_editor_and_only_for_authors()
    {
        var editable = Draft("new-connection");
        var inReview = Draft("transfer", d => d.Submit(null, Now));

        var forOwner = Render<DraftList>(p => p.Add(c => c.Drafts, [editable, inReview]).Add(c => c.CanAuthor, true));
        var forManager = Render<DraftList>(p => p.Add(c => c.Drafts, [editable, inReview]).Add(c => c.CanAuthor, false));

        var edit = Assert.Single(forOwner.FindAll("[data-testid=open-draft]"));
        Assert.EndsWith($"designer/drafts/{editable.Id}", edit.GetAttribute("href"));
        Assert.Empty(forManager.FindAll("[data-testid=open-draft]"));
        Assert.EndsWith($"designer/drafts/{inReview.Id}/review", Assert.Single(forManager.FindAll("[data-testid=review-draft]")).GetAttribute("href"));
    }

    [Fact]
    public void Says_so_when_there_are_no_drafts()
    {
        var list = Render<DraftList>(p => p.Add(c => c.Drafts, []));

        Assert.Equal("暂无草稿。", list.Find("[data-testid=no-drafts]").TextContent);
    }

    [Fact]
    public void A_draft_is_titled_by_its_flow_name()
    {
        var named = FlowDraft.Start(Guid.NewGuid(), "new_connection", 1,
            Support.Bpmn.SurveyFlow("new_connection").Replace("name=\"Survey\"", "name=\"新装接水\""), "owner", null, Now);

        var list = Render<DraftList>(p => p.Add(c => c.Drafts, [named, Draft("transfer")]));

        Assert.Equal(["新装接水 (v1)", "transfer (v3)"], list.FindAll("[data-testid=draft-title]").Select(t => t.TextContent.Trim()));
    }
}
