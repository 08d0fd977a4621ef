using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// A request's history: its timeline and what the engine recorded in every instance that ran for it
/// (called processes carry the same business key). Gateways and flows are left out: people read steps.
/// The caller must already have found the request in the user's company.
/// </summary>
public sealed class RequestHistoryQuery(OrchestratorDbContext db)
{
    private static readonly string[] Hidden = ["ExclusiveGateway", "ParallelGateway", "InclusiveGateway", "EventBasedGateway", "ComplexGateway"];

    public async Task<IReadOnlyList<HistoryLine>> LoadAsync(Guid requestId, string requestNumber, CancellationToken cancellationToken = default)
    {
        var timeline = await db.RequestTimeline.AsNoTracking().Where(e => e.RequestId == requestId).ToListAsync(cancellationToken);
        var instances = await db.Set<WorkflowInstanceRecord>().AsNoTracking()
            .Where(i => i.BusinessKey == requestNumber).Select(i => new { i.Id, i.DefinitionId }).ToListAsync(cancellationToken);
        var instanceIds = instances.Select(i => i.Id).ToList();
        var definitionIds = instances.Select(i => i.DefinitionId).Distinct().ToList();
        var names = (await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => definitionIds.Contains(d.Id))
                .Select(d => d.Xml).ToListAsync(cancellationToken))
            .SelectMany(xml => ElementNames.Of(xml)).DistinctBy(p => p.Key).ToDictionary();
        var history = await db.Set<HistoryRecord>().AsNoTracking()
            .Where(h => instanceIds.Contains(h.InstanceId) && !Hidden.Contains(h.ElementType)).ToListAsync(cancellationToken);
        var completedBy = await db.Set<UserTaskRecord>().AsNoTracking()
            .Where(t => instanceIds.Contains(t.InstanceId) && t.CompletedBy != null)
            .Select(t => new { t.ElementId, t.CompletedBy }).ToListAsync(cancellationToken);
        return
        [
            .. timeline.Select(e => new HistoryLine(e.At, HistorySource.Request, e.Actor, e.Text))
                .Concat(history.Select(h => new HistoryLine(h.At, HistorySource.Process,
                    h.Actor ?? (h.Event == "completed" ? completedBy.LastOrDefault(t => t.ElementId == h.ElementId)?.CompletedBy : null),
                    $"{names.GetValueOrDefault(h.ElementId, h.ElementId)} · {h.Event}")))
                .OrderBy(l => l.At),
        ];
    }
}
