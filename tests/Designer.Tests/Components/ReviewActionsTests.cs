using Bunit;
using Orchestrator.Designer.Access;
using Orchestrator.Designer.Components.Shared;
using Orchestrator.Designer.Drafts;

namespace Orchestrator.Designer.Tests.Components;

public sealed class ReviewActionsTests : DesignerComponentTest
{
    private static readonly DesignerUser Leader = new("leader", Guid.NewGuid(), CanAuthor: false, CanReview: true);

    private static FlowDraft InReview(string author = "owner")
    {
        var draft = FlowDraft.Start(Guid.NewGuid(), "new-connection", 3, "<xml/>", author, null, Now);
        draft.Submit(null, Now);
        return draft;
    }

    [Fact]
    public void A_manager_who_did_not_make_the_change_can_approve_it()
    {
        string? approvedWith = "not called";
        var actions = Render<ReviewActions>(p => p.Add(c => c.Draft, InReview()).Add(c => c.CurrentUser, Leader)
            .Add(c => c.OnApprove, (string? comment) => approvedWith = comment));

        actions.Find("input[data-testid=review-comment-input], [data-testid=review-comment-input] input").Change("同意");
        actions.Find("[data-testid=approve]").Click();

        Assert.Equal("同意", approvedWith);
    }

    [Fact]
    public void The_author_sees_why_they_cannot_approve_instead_of_the_buttons()
    {
        var admin = new DesignerUser("admin", Guid.NewGuid(), CanAuthor: true, CanReview: true);

        var actions = Render<ReviewActions>(p => p.Add(c => c.Draft, InReview(author: "admin")).Add(c => c.CurrentUser, admin));

        Assert.Empty(actions.FindAll("[data-testid=approve]"));
        Assert.Contains("不能审批自己修改的流程", actions.Find("[data-testid=own-change]").TextContent);
    }

    [Fact]
    public void Sending_back_without_a_comment_is_refused_on_the_spot()
    {
        var rejected = false;
        var actions = Render<ReviewActions>(p => p.Add(c => c.Draft, InReview()).Add(c => c.CurrentUser, Leader)
            .Add(c => c.OnReject, (string _) => rejected = true));

        actions.Find("[data-testid=reject]").Click();

        Assert.False(rejected);
        Assert.Contains("退回时请填写审批意见", actions.Find("[data-testid=review-error]").TextContent);
    }

    [Fact]
    public void An_approved_draft_offers_publishing_and_no_review_buttons()
    {
        var draft = InReview();
        draft.Approve("vp", null, Now);

        var actions = Render<ReviewActions>(p => p.Add(c => c.Draft, draft).Add(c => c.CurrentUser, Leader));

        Assert.NotNull(actions.Find("[data-testid=publish]"));
        Assert.Empty(actions.FindAll("[data-testid=approve]"));
    }
}
