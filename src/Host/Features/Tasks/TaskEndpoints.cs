using System.Text.Json;
using Orchestrator.Host.Access;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Api;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>The task API: thin callers of the same commands the inbox and task pages use.</summary>
public static class TaskEndpoints
{
    public sealed record CompleteTaskBody(Dictionary<string, JsonElement>? Variables);

    public sealed record ReassignTaskBody(string? Assignee, string? Reason);

    public sealed record TaskView(
        Guid Id, Guid InstanceId, string ElementId, string? Name, IReadOnlyList<string> CandidateGroups, string? Assignee,
        string Status, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string ProcessKey, string? BusinessKey);

    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", Query).WithSummary("Open tasks of your company you may see, by instance, candidate group or assignee, most urgent first; "
            + "a page at a time: the next page's 'after' token is in the Link (rel=next) and X-Next-Cursor headers, absent on the last page.");
        tasks.MapPost("/{id:guid}/claim", Claim).WithSummary("Claims a task: candidates only; 409 naming the holder when someone has it.");
        tasks.MapPost("/{id:guid}/release", Release).WithSummary("Gives a claimed task back to its groups: its holder only.");
        tasks.MapPost("/{id:guid}/complete", Complete).WithSummary("Completes a task with its form's fields; 422 with one problem per field. When the next step fails, 'incident' says why (the request is 异常).");
        tasks.MapPost("/{id:guid}/reassign", Reassign).WithSummary("Administrators: gives the task to a named candidate, with a reason.");
        return api;
    }

    private static async Task<IResult> Query(
        Guid? instanceId, string? candidateGroup, string? assignee, string? after, int? take, int? skip,
        HttpContext http, TaskListQuery query, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (skip is not null) return CommandOutcome.Invalid("skip", l["Refusal_TaskListSkip"]).ToResult(_ => Results.Ok());
        InboxCursor? cursor = null;
        if (!string.IsNullOrEmpty(after) && (cursor = TaskListCursor.Decode(after)) is null)
            return CommandOutcome.Invalid("after", l["Refusal_TaskListCursor"]).ToResult(_ => Results.Ok());
        var page = await query.PageAsync(
            await http.CallerAsync(ct), instanceId, candidateGroup, assignee, cursor, take ?? TaskListQuery.DefaultPageSize, ct);
        if (page.Next is { } next) CursorToken.WriteNextPage(http, TaskListCursor.Encode(next));
        return Results.Ok(page.Tasks.Select(View).ToList());
    }

    private static async Task<IResult> Claim(Guid id, HttpContext http, ClaimTask command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), id, ct)).ToResult(_ => Results.NoContent());

    private static async Task<IResult> Release(Guid id, HttpContext http, ReleaseTask command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), id, ct)).ToResult(_ => Results.NoContent());

    private static async Task<IResult> Complete(Guid id, CompleteTaskBody? body, HttpContext http, CompleteTask command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), id, JsonVariables.ToPlain(body?.Variables) ?? new Dictionary<string, object?>(), ct))
        .ToResult(done => Results.Ok(new { id, status = "Completed", message = done.Message, incident = done.Value as Features.Exceptions.OpenIncident }));

    private static async Task<IResult> Reassign(Guid id, ReassignTaskBody body, HttpContext http, ReassignTask command, CancellationToken ct) =>
        (await command.RunAsync(await http.CallerAsync(ct), id, body.Assignee, body.Reason, ct)).ToResult(_ => Results.NoContent());

    private static TaskView View(UserTaskRecord t) => new(
        t.Id, t.InstanceId, t.ElementId, t.Name, t.CandidateGroupList(), t.Assignee, t.Status.ToString(),
        t.CreatedAt, t.DueAt, t.ProcessKey, t.BusinessKey);
}
