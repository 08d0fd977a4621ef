using System.Text.Json;
using Orchestrator.Host.Access;
using Orchestrator.Host.Api;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Signals;

/// <summary><c>POST /api/signals</c>: a thin caller of <see cref="BroadcastSignal"/>.</summary>
public static class SignalEndpoints
{
    public sealed record BroadcastSignalBody(string? Name, Dictionary<string, JsonElement>? Variables, Guid? CompanyId);

    public static IServiceCollection AddSignals(this IServiceCollection services) => services.AddScoped<BroadcastSignal>();

    public static RouteGroupBuilder MapSignalEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/signals", Broadcast).WithTags("Signals")
            .WithSummary("Broadcasts a signal to every waiting signal catch of the caller's company and starts its signal-started flows.");
        return api;
    }

    private static async Task<IResult> Broadcast(BroadcastSignalBody body, HttpContext http, BroadcastSignal command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), new SignalBroadcastRequest(body.Name, JsonVariables.ToPlain(body.Variables), body.CompanyId), ct))
        .ToResult(o => o.Value is SignalBroadcastResult result
            ? Results.Ok(new { catchesReached = result.CatchesReached, instancesStarted = result.InstancesStarted })
            : Results.Ok());
}
