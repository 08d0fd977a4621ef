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
    public async Task<IReadOnlyList<HistoryLine>> LinesAsync(Guid requestId, CultureInfo culture, CancellationToken cancellationToken = default) =>
        (await LinesOfAsync([requestId], culture, cancellationToken))[requestId];

    /// <summary>
    /// The histories of several requests in two queries whatever their number (customer 360); every id asked for
    /// has an entry. The caller must already have found the requests in the user's company.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<HistoryLine>>> LinesOfAsync(
        IReadOnlyCollection<Guid> requestIds, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var ids = requestIds.Distinct().ToList();
        var timeline = ids.Count == 0 ? [] : await db.RequestTimeline.AsNoTracking().Where(e => ids.Contains(e.RequestId)).ToListAsync(cancellationToken);
        var steps = ids.Count == 0 ? [] : await db.Set<CompletedStep>().AsNoTracking().Where(s => ids.Contains(s.RequestId)).ToListAsync(cancellationToken);
        var lines = timeline.Select(e => (e.RequestId, Line: new HistoryLine(e.At, HistorySource.Request, e.Actor, RequestTimelineText.Of(e.Text, culture))))
            .Concat(steps.Select(s => (s.RequestId, Line: new HistoryLine(s.At, HistorySource.Process, RequestStepText.Actor(s), RequestStepText.Of(s, culture)))))
            .ToLookup(l => l.RequestId, l => l.Line);
        return ids.ToDictionary(id => id, IReadOnlyList<HistoryLine> (id) => [.. lines[id].OrderBy(l => l.At)]);
    }
}
