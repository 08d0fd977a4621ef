using System.Text.Json;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Api;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Instances;

/// <summary>The process-instance API: reads scoped to your company; start and cancel are administrators' commands.</summary>
public static class InstanceEndpoints
{
    public sealed record StartInstanceBody(string? ProcessKey, string? BusinessKey, Dictionary<string, JsonElement>? Variables);

    public sealed record CancelInstanceBody(string? Reason);

    public sealed record IncidentLine(Guid Id, string ElementId, string Kind, string Message, string Status);

    public sealed record InstanceView(
        Guid Id, string ProcessKey, string Status, int Version, string? BusinessKey,
        IReadOnlyDictionary<string, object?> Variables, IReadOnlyList<string> ActiveElementIds, IReadOnlyList<IncidentLine> Incidents);

    public static RouteGroupBuilder MapInstanceEndpoints(this RouteGroupBuilder api)
    {
        var instances = api.MapGroup("/instances").WithTags("Instances");
        instances.MapPost("/", Start).WithSummary("Administrators: starts the latest version of a process.");
        instances.MapGet("/{id:guid}", Get).WithSummary("Status, version, variables, active elements and incidents.");
        instances.MapPost("/{id:guid}/cancel", Cancel).WithSummary("Administrators: cancels the instance and its request, with a reason.");
        api.MapPost("/incidents/{id:guid}/retry", Retry).WithTags("Instances")
            .WithSummary("As POST /api/exceptions/{id}/retry: the duty manager or an administrator runs the failed step again.");
        return api;
    }

    private static async Task<IResult> Start(StartInstanceBody body, HttpContext http, StartInstance command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), body.ProcessKey, body.BusinessKey, JsonVariables.ToPlain(body.Variables), ct))
        .ToResult(o => Results.Created($"/api/instances/{o.Value}", new { id = o.Value }));

    private static async Task<IResult> Get(
        Guid id, CompanyTasks records, IWorkflowRuntime runtime, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await records.FindInstanceAsync(id, ct) is not null && await runtime.GetInstanceAsync(id, ct) is { } instance
            ? Results.Ok(new InstanceView(instance.Id, instance.ProcessKey, instance.Status.ToString(), instance.Version,
                instance.BusinessKey, instance.Variables, instance.ActiveElementIds,
                [.. instance.Incidents.Select(i => new IncidentLine(i.Id, i.ElementId, i.Kind, i.Message, i.Status.ToString()))]))
            : Results.Problem(statusCode: 404, title: l["Refusal_NoSuchInstance", id]);

    private static async Task<IResult> Cancel(Guid id, CancelInstanceBody? body, HttpContext http, CancelInstance command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), id, body?.Reason, ct)).ToResult(_ => Results.NoContent());

    private static async Task<IResult> Retry(Guid id, Dictionary<string, JsonElement>? variables, HttpContext http, RetryIncident retry, CancellationToken ct) =>
        ExceptionEndpoints.ToResult(id, await retry.RunAsync(await http.CallerAsync(ct), id, JsonVariables.ToPlain(variables), ct));
}
