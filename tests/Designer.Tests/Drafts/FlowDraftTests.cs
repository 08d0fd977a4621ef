using Orchestrator.Designer.Drafts;

namespace Orchestrator.Designer.Tests.Drafts;

public sealed class FlowDraftTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static FlowDraft Submitted(string author = "owner")
    {
        var draft = FlowDraft.Start(Guid.NewGuid(), "survey-flow", 1, "<xml/>", author, null, Now);
        draft.Submit("SLA 7 → 5", Now);
        return draft;
    }

    [Fact]
    public void The_author_cannot_approve_their_own_change()
    {
        var draft = Submitted(author: "admin");

        var refused = Assert.Throws<DraftRuleException>(() => draft.Approve("ADMIN", null, Now));

        Assert.Equal(DraftRule.OwnChange, refused.Rule);
        Assert.Equal(DraftStatus.InReview, draft.Status);
    }

    [Fact]
    public void Whoever_last_edited_cannot_approve_either()
    {
        var draft = FlowDraft.Start(Guid.NewGuid(), "survey-flow", 1, "<xml/>", "owner", null, Now);
        draft.Edit("<xml2/>", "admin", Now);
        draft.Submit(null, Now);

        Assert.Equal(DraftRule.OwnChange, Assert.Throws<DraftRuleException>(() => draft.Approve("admin", null, Now)).Rule);
    }

    [Fact]
    public void Another_manager_approves_and_is_recorded()
    {
        var draft = Submitted();

        draft.Approve("leader", "ok", Now);

        Assert.Equal((DraftStatus.Approved, "leader", "ok"), (draft.Status, draft.Reviewer, draft.ReviewComment));
    }

    [Fact]
    public void Only_an_approved_draft_is_published()
    {
        var draft = Submitted();
        Assert.Equal(DraftRule.NotApproved, Assert.Throws<DraftRuleException>(() => draft.MarkPublished("leader", 2, Now)).Rule);

        draft.Approve("leader", null, Now);
        draft.MarkPublished("leader", 2, Now);

        Assert.Equal((DraftStatus.Published, 2, "leader"), (draft.Status, draft.PublishedVersion, draft.PublishedBy));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Sending_back_needs_a_comment(string comment)
    {
        var draft = Submitted();

        Assert.Equal(DraftRule.CommentRequired, Assert.Throws<DraftRuleException>(() => draft.Reject("leader", comment, Now)).Rule);
        Assert.Equal(DraftStatus.InReview, draft.Status);
    }

    [Fact]
    public void A_draft_sent_back_can_be_edited_and_submitted_again()
    {
        var draft = Submitted();
        draft.Reject("leader", "keep 7 days for villages", Now);

        draft.Edit("<xml3/>", "owner", Now);
        draft.Submit(null, Now);

        Assert.Equal(DraftStatus.InReview, draft.Status);
    }

    [Fact]
    public void A_draft_in_review_is_not_edited_and_every_step_moves_the_revision()
    {
        var draft = FlowDraft.Start(Guid.NewGuid(), "survey-flow", 1, "<xml/>", "owner", null, Now);
        draft.Submit(null, Now);

        Assert.Equal(DraftRule.NotEditable, Assert.Throws<DraftRuleException>(() => draft.Edit("<x/>", "owner", Now)).Rule);
        Assert.Equal(1, draft.Revision);
    }
}
