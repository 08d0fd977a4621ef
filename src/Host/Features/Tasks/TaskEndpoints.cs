using Orchestrator.Host.Api;
using System.Text.Json;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Tasks;

public static class TaskEndpoints
{
    public sealed record CompleteTask(Dictionary<string, JsonElement>? Variables);

    public sealed record TaskView(
        Guid Id, Guid InstanceId, string ElementId, string? Name, IReadOnlyList<string> CandidateGroups, string? Assignee,
        string Status, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string ProcessKey, string? BusinessKey);

    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", Query).WithSummary("Open user tasks by instance, candidate group or assignee.");
        tasks.MapPost("/{id:guid}/claim", Claim).WithSummary("Claims a task for the signed-in user.");
        tasks.MapPost("/{id:guid}/complete", Complete).WithSummary("Completes a task; 409 when it is no longer open.");
        return api;
    }

    private static async Task<IReadOnlyList<TaskView>> Query(
        Guid? instanceId, string? candidateGroup, string? assignee, IWorkflowRuntime runtime, CancellationToken ct) =>
        [.. (await runtime.QueryTasksAsync(new UserTaskQuery(instanceId, candidateGroup, assignee), ct)).Select(View)];

    private static async Task<IResult> Claim(Guid id, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        await runtime.ClaimTaskAsync(id, http.User.Identity!.Name!, ct);
        return Results.NoContent();
    }

    private static async Task<IResult> Complete(Guid id, CompleteTask? request, HttpContext http, IWorkflowRuntime runtime, CancellationToken ct)
    {
        await runtime.CompleteTaskAsync(id, JsonVariables.ToPlain(request?.Variables), http.User.Identity?.Name, ct);
        return Results.Ok(new { id, status = "Completed" });
    }

    private static TaskView View(UserTaskRecord t) => new(
        t.Id, t.InstanceId, t.ElementId, t.Name, t.CandidateGroupList(), t.Assignee, t.Status.ToString(),
        t.CreatedAt, t.DueAt, t.ProcessKey, t.BusinessKey);
}
