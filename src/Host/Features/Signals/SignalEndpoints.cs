namespace Orchestrator.Host.Features.Signals;

/// <summary><c>POST /api/signals</c>: a thin caller of <see cref="BroadcastSignal"/>.</summary>
public static class SignalEndpoints
{
    public static IServiceCollection AddSignals(this IServiceCollection services) => services.AddScoped<BroadcastSignal>();

    public static RouteGroupBuilder MapSignalEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/signals", Broadcast).WithTags("Signals")
            .WithSummary("Broadcasts a signal to every waiting signal catch of the caller's company and starts its signal-started flows.");
        return api;
    }

    private static async Task<IResult> Broadcast(SignalBroadcastRequest request, HttpContext http, BroadcastSignal command, CancellationToken ct)
    {
        var outcome = await command.ExecuteAsync(http.User, request, ct);
        return outcome switch
        {
            { Result: { } result } => Results.Ok(new { catchesReached = result.CatchesReached, instancesStarted = result.InstancesStarted }),
            { Refusal: SignalRefusal.NotAllowed } => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: outcome.Message),
            { Refusal: SignalRefusal.CompanyNotFound } => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: outcome.Message),
            _ => Results.ValidationProblem(outcome.Problems, statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }
}
