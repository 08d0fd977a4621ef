using Microsoft.EntityFrameworkCore;
using Orchestrator.Designer.Access;
using Orchestrator.Designer.Flows;
using Orchestrator.Designer.Persistence;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Designer.Drafts;

/// <summary>
/// Edit → submit → approve or send back → publish. Only an approved draft reaches the engine, and the
/// published version records who changed it and who approved it.
/// </summary>
public sealed class DraftLifecycle(DesignerDatabase db, FlowCatalog flows, DraftValidation validation, IWorkflowRuntime runtime, TimeProvider clock)
{
    public async Task<IReadOnlyList<FlowDraft>> ListAsync(CancellationToken ct = default) =>
        await db.Drafts.AsNoTracking().OrderByDescending(d => d.UpdatedAt).ToListAsync(ct);

    public async Task<FlowDraft> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Drafts.SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new DraftRuleException(DraftRule.NotFound);

    /// <summary>A draft of <paramref name="key"/> starting from <paramref name="fromVersion"/> (default: the latest).</summary>
    public async Task<FlowDraft> StartAsync(DesignerUser user, string key, int? fromVersion = null, string? note = null, CancellationToken ct = default)
    {
        user.MustAuthor();
        await MustOwnAsync(user, key, ct);
        var latest = await flows.LatestAsync(key, ct) ?? throw new DraftRuleException(DraftRule.NotFound);
        var xml = fromVersion is { } v ? await flows.XmlAsync(key, v, ct) ?? throw new DraftRuleException(DraftRule.NotFound) : latest.Xml;
        return await AddAsync(FlowDraft.Start(user.CompanyId, key, latest.Version, xml, user.Name, note, clock.GetUtcNow()), ct);
    }

    /// <summary>The company's own copy of a group flow, under <see cref="FlowVariantKey"/>; continues the variant if one exists.</summary>
    public async Task<FlowDraft> StartVariantAsync(DesignerUser user, string baseKey, CancellationToken ct = default)
    {
        user.MustAuthor();
        var code = await flows.CompanyCodeAsync(user.CompanyId, ct) ?? throw new DraftRuleException(DraftRule.NotFound);
        var key = FlowVariantKey.For(baseKey, code);
        if (await flows.LatestAsync(key, ct) is not null) return await StartAsync(user, key, ct: ct);
        var group = await flows.LatestAsync(baseKey, ct) ?? throw new DraftRuleException(DraftRule.NotFound);
        var xml = ProcessCopy.Rekey(group.Xml, baseKey, key);
        return await AddAsync(FlowDraft.Start(user.CompanyId, key, null, xml, user.Name, null, clock.GetUtcNow()), ct);
    }

    /// <summary>
    /// Another company's variant is not there for the user (404); a group-wide flow is there to read, but only a
    /// group author may change it (403: the company starts its own variant instead).
    /// </summary>
    private async Task MustOwnAsync(DesignerUser user, string key, CancellationToken ct)
    {
        if (FlowVariantKey.CompanyOf(key) is { } variantOf)
        {
            if (variantOf != await flows.CompanyCodeAsync(user.CompanyId, ct)) throw new DraftRuleException(DraftRule.NotFound);
        }
        else if (!user.CanAuthorGroupFlows)
        {
            throw new DraftRuleException(DraftRule.GroupFlowNeedsVariant);
        }
    }

    public async Task<FlowDraft> SaveAsync(DesignerUser user, Guid id, string xml, long revision, CancellationToken ct = default)
    {
        user.MustAuthor();
        return await ChangeAsync(id, revision, d => d.Edit(xml, user.Name, clock.GetUtcNow()), ct);
    }

    public async Task<FlowDraft> SubmitAsync(DesignerUser user, Guid id, long revision, string? note, CancellationToken ct = default)
    {
        user.MustAuthor();
        var draft = await GetAsync(id, ct);
        if (!validation.Validate(draft).Valid) throw new DraftRuleException(DraftRule.InvalidDefinition);
        return await ChangeAsync(id, revision, d => d.Submit(note, clock.GetUtcNow()), ct);
    }

    public async Task<FlowDraft> ApproveAsync(DesignerUser user, Guid id, long revision, string? comment, CancellationToken ct = default)
    {
        user.MustReview();
        return await ChangeAsync(id, revision, d => d.Approve(user.Name, comment, clock.GetUtcNow()), ct);
    }

    public async Task<FlowDraft> RejectAsync(DesignerUser user, Guid id, long revision, string comment, CancellationToken ct = default)
    {
        user.MustReview();
        return await ChangeAsync(id, revision, d => d.Reject(user.Name, comment, clock.GetUtcNow()), ct);
    }

    /// <summary>Deploys an approved draft as the flow's next version (re-publishing after a crash finds it unchanged).</summary>
    public async Task<FlowDraft> PublishAsync(DesignerUser user, Guid id, CancellationToken ct = default)
    {
        var draft = await GetAsync(id, ct);
        if (draft.Status != DraftStatus.Approved) throw new DraftRuleException(DraftRule.NotApproved);
        if (FlowVariantKey.CompanyOf(draft.ProcessKey) is { } variantOf && variantOf != await flows.CompanyCodeAsync(user.CompanyId, ct))
            throw new DraftRuleException(DraftRule.NotFound);
        var result = await runtime.DeployAsync(draft.Xml, draft.LastEditedBy, ct);
        var process = result.Processes.FirstOrDefault(p => p.Key == draft.ProcessKey);
        if (!result.Deployed || process is null) throw new DraftRuleException(DraftRule.InvalidDefinition);
        draft.MarkPublished(user.Name, process.Version, clock.GetUtcNow());
        await SaveAsync(ct);
        return draft;
    }

    private async Task<FlowDraft> ChangeAsync(Guid id, long revision, Action<FlowDraft> change, CancellationToken ct)
    {
        var draft = await GetAsync(id, ct);
        if (draft.Revision != revision) throw new DraftRuleException(DraftRule.StaleCopy);
        change(draft);
        await SaveAsync(ct);
        return draft;
    }

    private async Task<FlowDraft> AddAsync(FlowDraft draft, CancellationToken ct)
    {
        db.Drafts.Add(draft);
        await SaveAsync(ct);
        return draft;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new DraftRuleException(DraftRule.StaleCopy); }
    }
}
