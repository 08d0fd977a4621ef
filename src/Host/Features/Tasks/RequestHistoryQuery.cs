using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// A request's history on the staff pages (request page, customer 360): the readable lines of
/// <see cref="Features.History.RequestHistory"/>, never the engine's start/complete pairs.
/// The caller must already have found the request in the user's company.
/// </summary>
public sealed class RequestHistoryQuery(OrchestratorDbContext db)
{
    public Task<IReadOnlyList<HistoryLine>> LoadAsync(Guid requestId, string requestNumber, CancellationToken cancellationToken = default) =>
        new Features.History.RequestHistory(db).LinesAsync(requestId, System.Globalization.CultureInfo.CurrentUICulture, cancellationToken);
}
