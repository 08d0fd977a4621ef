namespace Orchestrator.Designer.Drafts;

/// <summary>
/// A process owner's change to one flow, from editing through review to publication. The change is the
/// work of <see cref="Author"/> and <see cref="LastEditedBy"/>; neither may approve it.
/// </summary>
public sealed class FlowDraft
{
    private FlowDraft() { }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string ProcessKey { get; private set; } = "";
    /// <summary>The published version this draft started from; null for a flow that is new or a new variant.</summary>
    public int? BaseVersion { get; private set; }
    public string Xml { get; private set; } = "";
    public DraftStatus Status { get; private set; }
    public string Author { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public string? Note { get; private set; }
    public string? Reviewer { get; private set; }
    public string? ReviewComment { get; private set; }
    public int? PublishedVersion { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public long Revision { get; private set; }

    public bool IsEditable => Status is DraftStatus.Draft or DraftStatus.Rejected;

    public static FlowDraft Start(Guid companyId, string processKey, int? baseVersion, string xml, string author, string? note, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), CompanyId = companyId, ProcessKey = processKey, BaseVersion = baseVersion, Xml = xml,
        Status = DraftStatus.Draft, Author = author, LastEditedBy = author, Note = note, CreatedAt = now, UpdatedAt = now,
    };

    public void Edit(string xml, string user, DateTimeOffset now)
    {
        Require(IsEditable, DraftRule.NotEditable);
        Xml = xml;
        LastEditedBy = user;
        Status = DraftStatus.Draft;
        Touch(now);
    }

    public void Submit(string? note, DateTimeOffset now)
    {
        Require(IsEditable, DraftRule.NotEditable);
        Status = DraftStatus.InReview;
        Note = string.IsNullOrWhiteSpace(note) ? Note : note.Trim();
        SubmittedAt = now;
        Touch(now);
    }

    public bool IsChangedBy(string user) =>
        string.Equals(user, Author, StringComparison.OrdinalIgnoreCase) || string.Equals(user, LastEditedBy, StringComparison.OrdinalIgnoreCase);

    public void Approve(string reviewer, string? comment, DateTimeOffset now)
    {
        Require(Status == DraftStatus.InReview, DraftRule.NotInReview);
        Require(!IsChangedBy(reviewer), DraftRule.OwnChange);
        Review(DraftStatus.Approved, reviewer, comment, now);
    }

    public void Reject(string reviewer, string comment, DateTimeOffset now)
    {
        Require(Status == DraftStatus.InReview, DraftRule.NotInReview);
        Require(!string.IsNullOrWhiteSpace(comment), DraftRule.CommentRequired);
        Review(DraftStatus.Rejected, reviewer, comment, now);
    }

    public void MarkPublished(string user, int version, DateTimeOffset now)
    {
        Require(Status == DraftStatus.Approved, DraftRule.NotApproved);
        Status = DraftStatus.Published;
        PublishedVersion = version;
        PublishedBy = user;
        PublishedAt = now;
        Touch(now);
    }

    private void Review(DraftStatus outcome, string reviewer, string? comment, DateTimeOffset now)
    {
        Status = outcome;
        Reviewer = reviewer;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ReviewedAt = now;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    private static void Require(bool condition, DraftRule rule)
    {
        if (!condition) throw new DraftRuleException(rule);
    }
}
