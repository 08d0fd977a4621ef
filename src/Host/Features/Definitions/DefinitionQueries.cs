using Microsoft.EntityFrameworkCore;
using Orchestrator.Designer.Flows;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Definitions;

/// <summary>One page of deployed definitions; <see cref="Next"/> is null on the last page.</summary>
public sealed record DefinitionPage(IReadOnlyList<DefinitionEndpoints.DefinitionSummary> Definitions, DefinitionCursor? Next);

/// <summary>
/// Read side of deployed definitions for the API: the group's flows and the caller's company's variants, never another
/// company's. Paged in SQL on the unique (key, version) index: the latest version of each key in key order, or one key's
/// versions newest first; one command for the page plus one for the caller's company code.
/// </summary>
public sealed class DefinitionQueries(OrchestratorDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public async Task<DefinitionPage> PageAsync(StaffMember caller, string? key, DefinitionCursor? after, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        var visible = await VisibleAsync(caller, ct);
        var rows = string.IsNullOrWhiteSpace(key)
            ? await LatestAfter(visible, after?.Key).Take(size + 1).ToListAsync(ct)
            : await VersionsBelow(visible, key.Trim(), after?.Version).Take(size + 1).ToListAsync(ct);
        var page = rows.Take(size).ToList();
        DefinitionCursor? next = rows.Count <= size ? null
            : string.IsNullOrWhiteSpace(key) ? DefinitionCursor.AfterKey(page[^1].Key) : DefinitionCursor.BelowVersion(page[^1].Version);
        return new DefinitionPage(page, next);
    }

    public async Task<string?> XmlAsync(StaffMember caller, string key, int version, CancellationToken ct) =>
        await (await VisibleAsync(caller, ct)).Where(d => d.Key == key && d.Version == version).Select(d => d.Xml).SingleOrDefaultAsync(ct);

    private static IQueryable<DefinitionEndpoints.DefinitionSummary> LatestAfter(IQueryable<WorkflowDefinitionRecord> visible, string? after)
    {
        var latest = visible.Where(d => d.Version == visible.Where(v => v.Key == d.Key).Max(v => v.Version));
        if (after is not null) latest = latest.Where(d => string.Compare(d.Key, after) > 0);
        return Summaries(latest.OrderBy(d => d.Key));
    }

    private static IQueryable<DefinitionEndpoints.DefinitionSummary> VersionsBelow(IQueryable<WorkflowDefinitionRecord> visible, string key, int? below)
    {
        var versions = visible.Where(d => d.Key == key);
        if (below is { } version) versions = versions.Where(d => d.Version < version);
        return Summaries(versions.OrderByDescending(d => d.Version));
    }

    private static IQueryable<DefinitionEndpoints.DefinitionSummary> Summaries(IQueryable<WorkflowDefinitionRecord> rows) =>
        rows.Select(d => new DefinitionEndpoints.DefinitionSummary(d.Key, d.Version, d.Name, d.DeployedAt, d.DeployedBy));

    /// <summary>Group flows, and of the company variants (<see cref="FlowVariantKey"/>) only the caller's company's.</summary>
    private async Task<IQueryable<WorkflowDefinitionRecord>> VisibleAsync(StaffMember caller, CancellationToken ct)
    {
        var code = await db.Companies.AsNoTracking().Where(c => c.Id == caller.CompanyId).Select(c => c.Code).SingleOrDefaultAsync(ct);
        var own = FlowVariantKey.Separator + (code ?? "\u0001");
        return db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(d => !d.Key.Contains(FlowVariantKey.Separator) || d.Key.EndsWith(own));
    }
}
