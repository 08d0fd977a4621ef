using Orchestrator.Host.Access;
using Orchestrator.Host.Api;

namespace Orchestrator.Host.Features.Outbox;

/// <summary>Dead letters of the outbox: administrators list their company's parked rows and put them back in line.</summary>
public static class OutboxEndpoints
{
    public static RouteGroupBuilder MapOutboxEndpoints(this RouteGroupBuilder api)
    {
        var outbox = api.MapGroup("/outbox").WithTags("Outbox").RequireAuthorization(Identity.Policies.Administrator);
        outbox.MapGet("/parked", Parked).WithSummary("Administrators: parked outbox rows (dead letters), newest first, 50 a page.");
        outbox.MapPost("/{id:guid}/retry", Retry).WithSummary("Administrators: puts a parked row back in line; the next sweep sends it.");
        return api;
    }

    private static async Task<IReadOnlyList<ParkedOutboxRow>> Parked(DateTimeOffset? parkedBefore, ParkedOutboxQuery query, CancellationToken ct) =>
        await query.PageAsync(parkedBefore, ct);

    private static async Task<IResult> Retry(Guid id, HttpContext http, RetryParkedOutbox command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), id, ct)).ToResult(_ => Results.Accepted());
}
