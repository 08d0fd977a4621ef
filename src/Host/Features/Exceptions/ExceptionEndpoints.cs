using System.Text.Json;
using Orchestrator.Host.Access;
using Orchestrator.Host.Api;

namespace Orchestrator.Host.Features.Exceptions;

/// <summary>
/// GET /api/exceptions: the company's open incidents, for the duty manager and administrators (403 for others).
/// POST /api/exceptions/{id}/retry: retry the failed step, optionally with corrected variables.
/// </summary>
public static class ExceptionEndpoints
{
    public sealed record RetryRequest(Dictionary<string, JsonElement>? Variables);

    public static RouteGroupBuilder MapExceptions(this RouteGroupBuilder api)
    {
        var exceptions = api.MapGroup("/exceptions").WithTags("Exceptions");
        exceptions.MapGet("/", List).WithSummary("Open incidents (异常) of your company, oldest first: request, step, reason, age.");
        exceptions.MapPost("/{id:guid}/retry", Retry)
            .WithSummary("Retries the failed step after the data was corrected; 200 resumed, 422 failed again with the new reason.");
        return api;
    }

    private static async Task<IResult> List(HttpContext http, OpenIncidentsQuery incidents, int? page, int? pageSize, CancellationToken ct) =>
        RetryIncident.MayRetry(await http.CallerAsync(ct))
            ? Results.Ok(await incidents.PageAsync(page ?? 1, pageSize ?? 50, ct))
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the duty manager and administrators see the exceptions list.");

    private static async Task<IResult> Retry(Guid id, RetryRequest? request, HttpContext http, RetryIncident retry, CancellationToken ct) =>
        ToResult(id, await retry.RunAsync(await http.CallerAsync(ct), id, JsonVariables.ToPlain(request?.Variables), ct));

    /// <summary>The answer to a retry, the same on every route that offers one: 200 resumed, 422 failed again with the incident.</summary>
    public static IResult ToResult(Guid id, CommandOutcome outcome) =>
        outcome is { Kind: OutcomeKind.Invalid, Value: OpenIncident incident }
            ? Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: outcome.Message,
                extensions: new Dictionary<string, object?> { ["code"] = "failed-again", ["incident"] = incident })
            : outcome.ToResult(_ => Results.Ok(new { id, result = "Resumed" }));
}
