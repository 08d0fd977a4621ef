using Orchestrator.Designer.Changes;
using Orchestrator.Designer.Flows;

namespace Orchestrator.Designer.Drafts;

/// <summary>
/// What a reviewer compares: the version the draft replaces (<see cref="LiveVersion"/>; for a published draft the one
/// before it), the draft, and the changes between them; <see cref="CurrentVersion"/> is the version live now.
/// </summary>
public sealed record DraftComparison(FlowDraft Draft, int? LiveVersion, string? LiveXml, FlowChanges Changes, int? CurrentVersion = null)
{
    /// <summary>The flow's name ("新装接水"), not its key.</summary>
    public string Title { get; } = FlowTitle.Of(Draft.Xml, Draft.ProcessKey);
}

public sealed class DraftReview(DraftLifecycle drafts, FlowCatalog flows)
{
    public async Task<DraftComparison> CompareAsync(Guid draftId, CancellationToken ct = default)
    {
        var draft = await drafts.GetAsync(draftId, ct);
        var latest = await flows.LatestAsync(draft.ProcessKey, ct);
        var live = draft.PublishedVersion is { } published ? await VersionAsync(draft.ProcessKey, published - 1, ct) : latest;
        return new DraftComparison(draft, live?.Version, live?.Xml, FlowDiff.Compare(live?.Xml, draft.Xml), latest?.Version);
    }

    private async Task<(int Version, string Xml)?> VersionAsync(string key, int version, CancellationToken ct) =>
        await flows.XmlAsync(key, version, ct) is { } xml ? (version, xml) : null;

    /// <summary>A version against the one before it (the first version against nothing: all added).</summary>
    public async Task<FlowChanges> VersionChangesAsync(string key, int version, CancellationToken ct = default)
    {
        var xml = await flows.XmlAsync(key, version, ct) ?? throw new DraftRuleException(DraftRule.NotFound);
        var previous = version > 1 ? await flows.XmlAsync(key, version - 1, ct) : null;
        return FlowDiff.Compare(previous, xml);
    }
}
