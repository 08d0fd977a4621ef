using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Features.History;

/// <summary>
/// A request's history as staff read it, oldest first: the request's own timeline (intake, what the system did
/// that matters to a clerk — arrears found, account opened, notice sent, status changes) and every step a
/// person completed, with who, unit, when, outcome and key values. The engine's own start/complete records are
/// left out; they stay in the engine's history. Company-scoped by the DbContext: another company's request
/// reads as not found.
/// </summary>
public sealed class RequestHistory(OrchestratorDbContext db)
{
    public async Task<IReadOnlyList<HistoryLine>?> ForRequestAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        if (!await db.ServiceRequests.AnyAsync(r => r.Id == requestId, cancellationToken)) return null;
        return await LinesAsync(requestId, CultureInfo.CurrentUICulture, cancellationToken);
    }

    /// <summary>The caller must already have found the request in the user's company.</summary>
    public async Task<IReadOnlyList<HistoryLine>> LinesAsync(Guid requestId, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var timeline = await db.RequestTimeline.AsNoTracking().Where(e => e.RequestId == requestId).ToListAsync(cancellationToken);
        var steps = await db.Set<CompletedStep>().AsNoTracking().Where(s => s.RequestId == requestId).ToListAsync(cancellationToken);
        return
        [
            .. timeline.Select(e => new HistoryLine(e.At, HistorySource.Request, e.Actor, e.Text))
                .Concat(steps.Select(s => new HistoryLine(s.At, HistorySource.Process, RequestStepText.Actor(s), RequestStepText.Of(s, culture))))
                .OrderBy(l => l.At),
        ];
    }
}
