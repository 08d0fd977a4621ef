namespace Orchestrator.Designer.Drafts;

public enum DraftStatus
{
    Draft,
    InReview,
    Approved,
    Rejected,
    Published,
}
