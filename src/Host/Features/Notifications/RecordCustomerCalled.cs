using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Notifications;

/// <summary>How recording a call ended.</summary>
public enum CallRecorded
{
    Recorded,

    /// <summary>Not a clerk or duty manager of the service center.</summary>
    Forbidden,

    /// <summary>No open call with that id in the caller's company (already recorded, or another company's).</summary>
    NotFound,
}

/// <summary>A clerk phoned the customer: the call leaves the list, with who called and when, and the request's timeline says so.</summary>
public sealed class RecordCustomerCalled(OrchestratorDbContext db, NoticeTimeline timeline, TimeProvider clock)
{
    public async Task<CallRecorded> ExecuteAsync(ClaimsPrincipal user, Guid callId, CancellationToken cancellationToken = default)
    {
        if (!CallListQuery.MayRead(user) || user.CompanyId() is not { } companyId) return CallRecorded.Forbidden;
        var call = await db.Set<CustomerCall>().IgnoreQueryFilters()
            .SingleOrDefaultAsync(c => c.Id == callId && c.CompanyId == companyId && c.CalledAt == null, cancellationToken);
        if (call is null) return CallRecorded.NotFound;
        (call.CalledAt, call.CalledBy) = (clock.GetUtcNow(), user.DisplayName());
        await db.SaveChangesAsync(cancellationToken);
        await timeline.CalledAsync(call.RequestNumber, call.Template, user.DisplayName(), cancellationToken);
        return CallRecorded.Recorded;
    }
}
