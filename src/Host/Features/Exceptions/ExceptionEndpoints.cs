using System.Text.Json;
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
        RetryIncident.MayRetry(http.User)
            ? Results.Ok(await incidents.PageAsync(page ?? 1, pageSize ?? 50, ct))
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the duty manager and administrators see the exceptions list.");

    private static async Task<IResult> Retry(Guid id, RetryRequest? request, HttpContext http, RetryIncident retry, CancellationToken ct) =>
        ToResult(id, await retry.RunAsync(http.User, id, JsonVariables.ToPlain(request?.Variables), ct));

    /// <summary>The answer to a retry, the same on every route that offers one.</summary>
    public static IResult ToResult(Guid id, RetryOutcome outcome) =>
        outcome.Result switch
        {
            RetryResult.Resumed => Results.Ok(new { id, result = "Resumed" }),
            RetryResult.FailedAgain => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: outcome.Incident!.Reason, extensions: new Dictionary<string, object?> { ["incident"] = outcome.Incident }),
            RetryResult.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Only the duty manager and administrators may retry a failed step."),
            _ => Results.NotFound(),
        };
}
