using Microsoft.EntityFrameworkCore;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Exceptions;

/// <summary>
/// The numbers of the requests stopped at a failed step (an open incident on any of their instances), as a query
/// the inbox, task page, customer 360 and dashboard test against in SQL (<c>number IN (…)</c>), never in memory.
/// </summary>
public static class RequestIncidents
{
    public static IQueryable<string?> OpenNumbers(DbContext db) =>
        from incident in db.Set<IncidentRecord>().AsNoTracking()
        where incident.Status == IncidentStatus.Open
        join instance in db.Set<WorkflowInstanceRecord>().AsNoTracking() on incident.InstanceId equals instance.Id
        select instance.BusinessKey;
}
