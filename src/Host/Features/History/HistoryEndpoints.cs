namespace Orchestrator.Host.Features.History;

/// <summary>GET /api/requests/{id}/history: the readable history of one request of the caller's company.</summary>
public static class HistoryEndpoints
{
    public static RouteGroupBuilder MapRequestHistory(this RouteGroupBuilder api)
    {
        api.MapGet("/requests/{id:guid}/history", async (Guid id, RequestHistory history, CancellationToken ct) =>
                await history.ForRequestAsync(id, ct) is { } lines ? Results.Ok(lines) : Results.NotFound())
            .WithTags("Requests")
            .WithSummary("Who did what and when on a request, with outcomes and key values; 404 for a request outside your company.");
        return api;
    }
}
