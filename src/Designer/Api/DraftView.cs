using Orchestrator.Designer.Drafts;

namespace Orchestrator.Designer.Api;

/// <summary>A draft as the API returns it; <see cref="Revision"/> must be sent back with every change.</summary>
public sealed record DraftView(Guid Id, string ProcessKey, int? BaseVersion, DraftStatus Status, string Author, string LastEditedBy,
    string? Note, string? Reviewer, string? ReviewComment, int? PublishedVersion, string? PublishedBy,
    DateTimeOffset UpdatedAt, long Revision, string? Xml)
{
    public static DraftView Of(FlowDraft d, bool withXml = false) => new(d.Id, d.ProcessKey, d.BaseVersion, d.Status, d.Author,
        d.LastEditedBy, d.Note, d.Reviewer, d.ReviewComment, d.PublishedVersion, d.PublishedBy, d.UpdatedAt, d.Revision, withXml ? d.Xml : null);
}

public sealed record StartDraft(string ProcessKey, int? FromVersion, string? Note);

public sealed record SaveDraft(string Xml, long Revision);

public sealed record DraftStep(long Revision, string? Comment);
