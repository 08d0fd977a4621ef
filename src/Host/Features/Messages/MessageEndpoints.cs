using System.Text.Json;
using Orchestrator.Host.Access;
using Orchestrator.Host.Api;

namespace Orchestrator.Host.Features.Messages;

/// <summary>The generic message API for integrated systems; a thin caller of <see cref="PublishMessage"/>.</summary>
public static class MessageEndpoints
{
    /// <summary>Aimed by <paramref name="CorrelationKey"/>, or, for a catch without a correlation key, by <paramref name="InstanceId"/> or <paramref name="BusinessKey"/>.</summary>
    public sealed record PublishMessageBody(string? Name, string? CorrelationKey, Dictionary<string, JsonElement>? Variables,
        Guid? InstanceId = null, string? BusinessKey = null);

    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/messages", Publish).WithTags("Messages")
            .WithSummary("Integration accounts: delivers a message to one of your company's requests (correlation key = request number).");
        return api;
    }

    private static async Task<IResult> Publish(
        PublishMessageBody body, HttpContext http, PublishMessage byKey, PublishMessageToInstance toInstance, CancellationToken ct)
    {
        var caller = await http.CallerAsync(ct);
        var variables = JsonVariables.ToPlain(body.Variables);
        var outcome = body.InstanceId is null && body.BusinessKey is null
            ? await byKey.RunAsync(caller, body.Name, body.CorrelationKey, variables, ct)
            : await toInstance.RunAsync(caller, body.Name, new MessageAim(body.CorrelationKey, body.InstanceId, body.BusinessKey), variables, ct);
        return outcome.ToResult(o => Results.Ok(new { result = o.Value?.ToString() }));
    }
}
