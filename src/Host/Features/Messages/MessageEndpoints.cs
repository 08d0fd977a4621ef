using System.Text.Json;
using Orchestrator.Host.Access;
using Orchestrator.Host.Api;

namespace Orchestrator.Host.Features.Messages;

/// <summary>The generic message API for integrated systems; a thin caller of <see cref="PublishMessage"/>.</summary>
public static class MessageEndpoints
{
    public sealed record PublishMessageBody(string? Name, string? CorrelationKey, Dictionary<string, JsonElement>? Variables);

    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/messages", Publish).WithTags("Messages")
            .WithSummary("Integration accounts: delivers a message to one of your company's requests (correlation key = request number).");
        return api;
    }

    private static async Task<IResult> Publish(PublishMessageBody body, HttpContext http, PublishMessage command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), body.Name, body.CorrelationKey, JsonVariables.ToPlain(body.Variables), ct))
        .ToResult(o => Results.Ok(new { result = o.Value?.ToString() }));
}
