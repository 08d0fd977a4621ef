using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Definitions;

/// <summary>Read side of deployed definitions for the API and the designer.</summary>
public sealed class DefinitionQueries(OrchestratorDbContext db)
{
    public async Task<IReadOnlyList<DefinitionEndpoints.DefinitionSummary>> ListAsync(CancellationToken ct) =>
        (await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Select(d => new { d.Key, d.Version, d.Name, d.DeployedAt, d.DeployedBy })
            .ToListAsync(ct))
        .OrderBy(d => d.Key).ThenByDescending(d => d.Version)
        .Select(d => new DefinitionEndpoints.DefinitionSummary(d.Key, d.Version, d.Name, d.DeployedAt, d.DeployedBy))
        .ToList();

    public Task<string?> XmlAsync(string key, int version, CancellationToken ct) =>
        db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(d => d.Key == key && d.Version == version).Select(d => d.Xml).SingleOrDefaultAsync(ct);
}
