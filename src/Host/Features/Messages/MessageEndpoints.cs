using Orchestrator.Host.Api;
using System.Text.Json;
using Orchestrator.Host.Identity;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Messages;

public static class MessageEndpoints
{
    /// <summary>
    /// A message aimed by <paramref name="CorrelationKey"/>, or at one instance (<paramref name="InstanceId"/>) or the
    /// instances of a business key (<paramref name="BusinessKey"/>) when its catch has no correlation key; one of the three.
    /// </summary>
    public sealed record PublishMessage(string Name, string? CorrelationKey, Dictionary<string, JsonElement>? Variables,
        Guid? InstanceId = null, string? BusinessKey = null);

    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/messages", Publish).WithTags("Messages")
            .WithSummary("Delivers a message to the waiting instance, starts one, or buffers it until a catch opens.");
        return api;
    }

    private static async Task<IResult> Publish(PublishMessage message, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var targets = new object?[] { message.CorrelationKey, message.InstanceId, message.BusinessKey }.Count(t => t is not null);
        if (targets > 1)
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["correlationKey"] = ["Aim the message by one of correlationKey, instanceId or businessKey, not several."],
            }, statusCode: StatusCodes.Status422UnprocessableEntity);
        var target = message switch
        {
            { InstanceId: { } instance } => MessageTarget.ByInstance(instance),
            { BusinessKey: { } businessKey } when !string.IsNullOrWhiteSpace(businessKey) => MessageTarget.ByBusinessKey(businessKey),
            _ => MessageTarget.ByKey(message.CorrelationKey ?? ""),
        };
        var result = await runtime.CorrelateMessageAsync(
            message.Name, target, JsonVariables.ToPlain(message.Variables), http.User.CompanyId(), ct);
        return Results.Ok(new { result = result.ToString() });
    }
}
