using Microsoft.EntityFrameworkCore;
using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Persistence;

namespace Orchestrator.Designer.Flows;

/// <summary>The deployed flows a company sees: the group's flows and its own variants, never another company's.</summary>
public sealed class FlowCatalog(DesignerDatabase db)
{
    public const int VersionPageSize = 50;
    public const int MaxVersionPageSize = 200;

    /// <summary>
    /// The latest version of each flow the company sees, read in SQL (the unique key-and-version index finds each
    /// flow's latest), never every version: the group's flows and the company's own variants.
    /// </summary>
    public async Task<IReadOnlyList<FlowSummary>> ListAsync(Guid companyId, CancellationToken ct = default)
    {
        var own = FlowVariantKey.Separator + (await CompanyCodeAsync(companyId, ct) ?? "\u0001");
        var visible = db.Definitions.Where(d => !d.Key.Contains(FlowVariantKey.Separator) || d.Key.EndsWith(own));
        var rows = await visible.Where(d => d.Version == visible.Where(v => v.Key == d.Key).Max(v => v.Version))
            .Select(d => new { d.Key, d.Name, d.Version, d.DeployedAt, d.DeployedBy }).ToListAsync(ct);
        return rows.Select(d => new FlowSummary(d.Key, d.Name, d.Version, d.DeployedAt, d.DeployedBy))
            .OrderBy(f => f.BaseKey).ThenBy(f => f.Key)
            .ToList();
    }

    /// <summary>
    /// A flow's versions newest first, a page at a time below <paramref name="below"/> (a version number), with the
    /// reviews of that page's versions only; another company's variant has none for this company.
    /// </summary>
    public async Task<FlowVersionPage> VersionsAsync(
        Guid companyId, string key, int? below = null, int size = VersionPageSize, CancellationToken ct = default)
    {
        size = Math.Clamp(size, 1, MaxVersionPageSize);
        if (!await VisibleAsync(companyId, key, ct)) return new FlowVersionPage([], null);
        var versions = db.Definitions.Where(d => d.Key == key);
        if (below is { } version) versions = versions.Where(d => d.Version < version);
        var rows = await versions.OrderByDescending(d => d.Version).Take(size + 1)
            .Select(d => new { d.Version, d.DeployedAt, d.DeployedBy }).ToListAsync(ct);
        var page = rows.Take(size).ToList();
        var shown = page.Select(v => (int?)v.Version).ToList();
        var drafts = shown.Count == 0 ? [] : await db.Drafts.AsNoTracking()
            .Where(d => d.ProcessKey == key && d.Status == DraftStatus.Published && shown.Contains(d.PublishedVersion))
            .Select(d => new { d.Id, d.PublishedVersion, d.Reviewer }).ToListAsync(ct);
        return new FlowVersionPage([.. page.Select(v =>
        {
            var draft = drafts.FirstOrDefault(d => d.PublishedVersion == v.Version);
            return new FlowVersion(key, v.Version, v.DeployedAt, v.DeployedBy, draft?.Reviewer, draft?.Id);
        })], rows.Count > size ? page[^1].Version : null);
    }

    public Task<string?> XmlAsync(string key, int version, CancellationToken ct = default) =>
        db.Definitions.Where(d => d.Key == key && d.Version == version).Select(d => d.Xml).SingleOrDefaultAsync(ct);

    public async Task<(int Version, string Xml)?> LatestAsync(string key, CancellationToken ct = default)
    {
        var latest = await db.Definitions.Where(d => d.Key == key).OrderByDescending(d => d.Version)
            .Select(d => new { d.Version, d.Xml }).FirstOrDefaultAsync(ct);
        return latest is null ? null : (latest.Version, latest.Xml);
    }

    /// <summary>Whether the company sees the flow: a group flow, or a variant of its own (another company's is never shown).</summary>
    public async Task<bool> VisibleAsync(Guid companyId, string key, CancellationToken ct = default) =>
        FlowVariantKey.CompanyOf(key) is not { } owner || owner == await CompanyCodeAsync(companyId, ct);

    public Task<string?> CompanyCodeAsync(Guid companyId, CancellationToken ct = default) =>
        db.Companies.Where(c => c.Id == companyId).Select(c => c.Code).SingleOrDefaultAsync(ct);
}
