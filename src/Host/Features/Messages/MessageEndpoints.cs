using Orchestrator.Host.Api;
using System.Text.Json;
using Orchestrator.Host.Identity;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Messages;

public static class MessageEndpoints
{
    public sealed record PublishMessage(string Name, string CorrelationKey, Dictionary<string, JsonElement>? Variables);

    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/messages", Publish).WithTags("Messages")
            .WithSummary("Delivers a message to the waiting instance, starts one, or buffers it until a catch opens.");
        return api;
    }

    private static async Task<IResult> Publish(PublishMessage message, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var result = await runtime.CorrelateMessageAsync(
            message.Name, message.CorrelationKey, JsonVariables.ToPlain(message.Variables), http.User.CompanyId(), ct);
        return Results.Ok(new { result = result.ToString() });
    }
}
