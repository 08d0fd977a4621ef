using System.Text.Json;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Api;
using Orchestrator.Host.Resources;

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
        exceptions.MapGet("/", List).WithSummary("Open incidents (异常) of your company, oldest first: request, step, reason, age; a page at a time: "
            + "the next page's 'after' token is in 'next' and the Link (rel=next) and X-Next-Cursor headers, absent on the last page.");
        exceptions.MapPost("/{id:guid}/retry", Retry)
            .WithSummary("Retries the failed step after the data was corrected; 200 resumed, 422 failed again with the new reason.");
        return api;
    }

    private static async Task<IResult> List(
        HttpContext http, OpenIncidentsQuery incidents, string? after, int? page, int? pageSize, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!RetryIncident.MayRetry(await http.CallerAsync(ct)))
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the duty manager and administrators see the exceptions list.");
        var (cursor, refusal) = OldestFirstResults.Read(page, after, l);
        return refusal ?? OldestFirstResults.Page(http, await incidents.PageAsync(cursor, pageSize ?? OpenIncidentsQuery.DefaultPageSize, ct));
    }

    private static async Task<IResult> Retry(Guid id, RetryRequest? request, HttpContext http, RetryIncident retry, CancellationToken ct) =>
        ToResult(id, await retry.RunAsync(await http.CallerAsync(ct), id, JsonVariables.ToPlain(request?.Variables), ct));

    /// <summary>The answer to a retry, the same on every route that offers one: 200 resumed, 422 failed again with the incident.</summary>
    public static IResult ToResult(Guid id, CommandOutcome outcome) =>
        outcome is { Kind: OutcomeKind.Invalid, Value: OpenIncident incident }
            ? Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: outcome.Message,
                extensions: new Dictionary<string, object?> { ["code"] = "failed-again", ["incident"] = incident })
            : outcome.ToResult(_ => Results.Ok(new { id, result = "Resumed" }));
}
