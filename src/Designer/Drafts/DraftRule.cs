namespace Orchestrator.Designer.Drafts;

/// <summary>The lifecycle rules a draft enforces; each has a sentence in the designer's resources (Rule_*).</summary>
public enum DraftRule
{
    NotEditable,
    NotInReview,
    OwnChange,
    CommentRequired,
    NotApproved,
    InvalidDefinition,
    NotFound,
    StaleCopy,

    /// <summary>A group-wide flow changes only through the group's process owners; a company edits its own variant.</summary>
    GroupFlowNeedsVariant,
}

/// <summary>A lifecycle step the draft's state or the user's part in it does not allow.</summary>
public sealed class DraftRuleException(DraftRule rule) : InvalidOperationException($"Draft rule violated: {rule}.")
{
    public DraftRule Rule { get; } = rule;
}
