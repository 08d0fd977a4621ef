using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Outbox;

/// <summary>
/// An administrator puts a parked outbox row (a dead letter) back in line after fixing its cause: its attempts
/// start again from zero and the next sweep, within a minute, sends it. Another company's row is not found.
/// </summary>
public sealed class RetryParkedOutbox(OrchestratorDbContext db, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandOutcome> RunAsync(StaffMember caller, Guid rowId, CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdministrator) return CommandOutcome.Forbidden(l["Refusal_AdministratorOnly"]);
        var row = await db.Set<OutboxRecord>().FindAsync([rowId], cancellationToken);
        if (row is null) return CommandOutcome.NotFound(l["Refusal_OutboxRowNotFound"]);
        if (row.ParkedAt is null || row.DispatchedAt is not null) return CommandOutcome.Conflict(l["Refusal_OutboxRowNotParked"]);
        (row.ParkedAt, row.Attempts) = (null, 0);
        await db.SaveChangesAsync(cancellationToken);
        return CommandOutcome.Done;
    }
}
