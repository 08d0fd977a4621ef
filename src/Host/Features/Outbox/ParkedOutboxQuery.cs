using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Outbox;

/// <summary>A dead letter as an administrator sees it.</summary>
public sealed record ParkedOutboxRow(Guid Id, string Kind, DateTimeOffset CreatedAt, DateTimeOffset ParkedAt, int Attempts, string? LastError);

/// <summary>
/// The company's parked outbox rows, newest parked first, a page at a time (keyset on parked time and id):
/// the DbContext's company filter leaves out other companies' rows.
/// </summary>
public sealed class ParkedOutboxQuery(OrchestratorDbContext db)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<ParkedOutboxRow>> PageAsync(DateTimeOffset? parkedBefore, CancellationToken cancellationToken = default)
    {
        var parked = db.Set<OutboxRecord>().AsNoTracking().Where(o => o.ParkedAt != null && o.DispatchedAt == null);
        if (parkedBefore is { } before) parked = parked.Where(o => o.ParkedAt < before);
        return await parked.OrderByDescending(o => o.ParkedAt).ThenBy(o => o.Id).Take(PageSize)
            .Select(o => new ParkedOutboxRow(o.Id, o.Kind, o.CreatedAt, o.ParkedAt!.Value, o.Attempts, o.LastError))
            .ToListAsync(cancellationToken);
    }
}
