using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Scheduling.Recurring;

public sealed record UnitTaskLine(Guid TaskId, string? StepName, string RequestNumber, DateTimeOffset? DueAt);

/// <summary>
/// A unit's open tasks: those of its company's requests (business key = request number) whose candidate
/// groups belong to the unit's kind. Runs unscoped, as background work does, and scopes by company itself.
/// </summary>
public sealed class UnitWorkloadQuery(OrchestratorDbContext db)
{
    public async Task<IReadOnlyList<UnitTaskLine>> OpenTasksAsync(Unit unit, CancellationToken cancellationToken)
    {
        var groups = CandidateGroups.All.Where(g => g.UnitKind == unit.Kind).Select(g => $",{g.Code},").ToList();
        if (groups.Count == 0) return [];
        var numbers = db.ServiceRequests.IgnoreQueryFilters().Where(r => r.CompanyId == unit.CompanyId).Select(r => r.Number);
        var open = await db.Set<UserTaskRecord>().AsNoTracking()
            .Where(t => t.Status == UserTaskStatus.Open && t.BusinessKey != null && numbers.Contains(t.BusinessKey))
            .Select(t => new { t.Id, t.Name, t.BusinessKey, t.DueAt, t.CandidateGroups })
            .ToListAsync(cancellationToken);
        return [.. open.Where(t => groups.Any(g => t.CandidateGroups.Contains(g, StringComparison.Ordinal)))
            .Select(t => new UnitTaskLine(t.Id, t.Name, t.BusinessKey!, t.DueAt))
            .OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue)];
    }

    public Task<List<string>> MemberAddressesAsync(Guid unitId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.UnitId == unitId && u.Email != null).Select(u => u.Email!).ToListAsync(cancellationToken);
}
