using Orchestrator.Host.Api;
using System.Text.Json;
using Orchestrator.Host.Identity;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Instances;

public static class InstanceEndpoints
{
    public sealed record StartInstance(string ProcessKey, string? BusinessKey, Dictionary<string, JsonElement>? Variables);

    public sealed record IncidentLine(Guid Id, string ElementId, string Kind, string Message, string Status);

    public sealed record InstanceView(
        Guid Id, string ProcessKey, string Status, int Version, string? BusinessKey,
        IReadOnlyDictionary<string, object?> Variables, IReadOnlyList<string> ActiveElementIds, IReadOnlyList<IncidentLine> Incidents);

    public static RouteGroupBuilder MapInstanceEndpoints(this RouteGroupBuilder api)
    {
        var instances = api.MapGroup("/instances").WithTags("Instances");
        instances.MapPost("/", Start).WithSummary("Starts the latest version of a process.");
        instances.MapGet("/{id:guid}", Get).WithSummary("Status, version, variables, active elements and incidents.");
        instances.MapPost("/{id:guid}/cancel", Cancel).WithSummary("Cancels every token, task and timer of the instance.");
        api.MapPost("/incidents/{id:guid}/retry", Retry).WithTags("Instances").RequireAuthorization(Identity.Policies.Administrator)
            .WithSummary("Runs the failed step again, optionally with corrected variables.");
        return api;
    }

    private static async Task<IResult> Start(StartInstance request, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        var id = await runtime.StartAsync(
            request.ProcessKey, request.BusinessKey, JsonVariables.ToPlain(request.Variables), http.User.CompanyId(), ct);
        return Results.Created($"/api/instances/{id}", new { id });
    }

    private static async Task<IResult> Get(Guid id, IWorkflowRuntime runtime, CancellationToken ct) =>
        await runtime.GetInstanceAsync(id, ct) is { } instance
            ? Results.Ok(new InstanceView(instance.Id, instance.ProcessKey, instance.Status.ToString(), instance.Version,
                instance.BusinessKey, instance.Variables, instance.ActiveElementIds,
                [.. instance.Incidents.Select(i => new IncidentLine(i.Id, i.ElementId, i.Kind, i.Message, i.Status.ToString()))]))
            : Results.Problem(statusCode: 404, title: $"There is no process instance {id}.");

    private static async Task<IResult> Cancel(Guid id, IWorkflowRuntime runtime, CancellationToken ct)
    {
        await runtime.CancelAsync(id, ct);
        return Results.NoContent();
    }

    private static async Task<IResult> Retry(Guid id, Dictionary<string, JsonElement>? variables, IWorkflowRuntime runtime, CancellationToken ct)
    {
        await runtime.RetryIncidentAsync(id, JsonVariables.ToPlain(variables), ct);
        return Results.NoContent();
    }
}
