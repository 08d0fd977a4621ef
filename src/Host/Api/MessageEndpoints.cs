using System.Text.Json;
using Orchestrator.Domain.Ledger;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Api;

public static class MessageEndpoints
{
    public sealed record PublishMessage(string Name, string CorrelationKey, Dictionary<string, JsonElement>? Variables);

    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/messages", Publish).WithTags("Messages")
            .WithSummary("Delivers a message to the waiting instance, starts one, or buffers it until a catch opens.");
        return api;
    }

    private static async Task<IResult> Publish(PublishMessage message, IWorkflowRuntime runtime, CancellationToken ct)
    {
        if (LedgerMessages.IsReserved(message.Name))
            return Results.Problem($"'{message.Name}' is sent only by the ledger when a bill is really paid; record the payment instead.",
                statusCode: StatusCodes.Status403Forbidden);
        var result = await runtime.CorrelateMessageAsync(message.Name, message.CorrelationKey, JsonVariables.ToPlain(message.Variables), ct);
        return Results.Ok(new { result = result.ToString() });
    }
}
