using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Api;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Exceptions;

/// <summary>
/// The open incidents of the caller's company's requests (the request table's company scope decides), oldest
/// first, a page at a time (keyset: <see cref="OldestFirstCursor"/>); the step is named as the flow names it. Also answers for one request or instance.
/// </summary>
public sealed class OpenIncidentsQuery(OrchestratorDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    /// <summary>
    /// The open incidents after <paramref name="after"/> in (created, id) order: the first page reads the (company,
    /// status, created, id) index from its start, so a page costs the same however many incidents there are (one
    /// command for the rows, one for their flows' step names).
    /// </summary>
    public async Task<OldestFirstPage<OpenIncident>> PageAsync(OldestFirstCursor? after = null, int size = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        // The company spelled out besides the context's filter: SQLite seeks no index on its "no scope, or this company".
        var company = db.ScopedCompanyId;
        var open = db.Set<IncidentRecord>().AsNoTracking().Where(i => i.Status == IncidentStatus.Open && (company == null || i.TenantId == company));
        if (after is { } cursor)
            open = open.Where(i => i.CreatedAt >= cursor.Since && (i.CreatedAt > cursor.Since || i.Id.CompareTo(cursor.Id) > 0));
        var rows = await Of(open).OrderBy(r => r.Incident.CreatedAt).ThenBy(r => r.Incident.Id).Take(size + 1).ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? new OldestFirstCursor(page[^1].Incident.CreatedAt, page[^1].Incident.Id) : null;
        return new OldestFirstPage<OpenIncident>(await ViewAsync(page, cancellationToken), next);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Open().CountAsync(cancellationToken);

    public async Task<OpenIncident?> FindAsync(Guid incidentId, CancellationToken cancellationToken = default) =>
        (await ViewAsync(await Open().Where(r => r.Incident.Id == incidentId).ToListAsync(cancellationToken), cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<OpenIncident>> OfRequestAsync(string requestNumber, CancellationToken cancellationToken = default) =>
        await ViewAsync(await Open().Where(r => r.Number == requestNumber).ToListAsync(cancellationToken), cancellationToken);

    private IQueryable<Row> Open() => Of(db.Set<IncidentRecord>().AsNoTracking().Where(i => i.Status == IncidentStatus.Open));

    private IQueryable<Row> Of(IQueryable<IncidentRecord> incidents) =>
        from incident in incidents
        join instance in db.Set<WorkflowInstanceRecord>().AsNoTracking() on incident.InstanceId equals instance.Id
        join request in db.ServiceRequests.AsNoTracking() on instance.BusinessKey equals request.Number
        select new Row { Incident = incident, DefinitionId = instance.DefinitionId, RequestId = request.Id, Number = request.Number, Type = request.Type };

    private async Task<IReadOnlyList<OpenIncident>> ViewAsync(List<Row> rows, CancellationToken cancellationToken)
    {
        var definitionIds = rows.Select(r => r.DefinitionId).Distinct().ToList();
        var names = (await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => definitionIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Xml }).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Id, d => ElementNames.Of(d.Xml));
        var now = clock.GetUtcNow();
        return
        [
            .. rows.Select(r => new OpenIncident(r.Incident.Id, r.RequestId, r.Number, r.Type.ToString(), r.Incident.ElementId,
                names.GetValueOrDefault(r.DefinitionId)?.GetValueOrDefault(r.Incident.ElementId) ?? r.Incident.ElementId,
                IncidentReasonText.Of(r.Incident.Kind, l), r.Incident.CreatedAt, now - r.Incident.CreatedAt,
                r.Incident.Kind, IncidentReasonText.Detail(r.Incident.Message))),
        ];
    }

    /// <summary>Member-initialised so the database can order and page on it.</summary>
    private sealed class Row
    {
        public IncidentRecord Incident { get; init; } = null!;
        public Guid DefinitionId { get; init; }
        public Guid RequestId { get; init; }
        public string Number { get; init; } = "";
        public Orchestrator.Domain.Requests.ServiceRequestType Type { get; init; }
    }
}
