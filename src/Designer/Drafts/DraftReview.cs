using Orchestrator.Designer.Changes;
using Orchestrator.Designer.Flows;

namespace Orchestrator.Designer.Drafts;

/// <summary>What a reviewer compares: the flow as it is live now, the draft, and the changes between them.</summary>
public sealed record DraftComparison(FlowDraft Draft, int? LiveVersion, string? LiveXml, FlowChanges Changes);

public sealed class DraftReview(DraftLifecycle drafts, FlowCatalog flows)
{
    public async Task<DraftComparison> CompareAsync(Guid draftId, CancellationToken ct = default)
    {
        var draft = await drafts.GetAsync(draftId, ct);
        var live = draft.PublishedVersion is { } published
            ? await VersionAsync(draft.ProcessKey, published - 1, ct)
            : await flows.LatestAsync(draft.ProcessKey, ct);
        return new DraftComparison(draft, live?.Version, live?.Xml, FlowDiff.Compare(live?.Xml, draft.Xml));
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
