using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// An administrator gives an open task to a named colleague of the same company who is one of its candidates,
/// with a reason written to the request's timeline. The administrator never completes it themselves.
/// </summary>
public sealed class ReassignTask(
    CompanyTasks tasks, TaskRules rules, StaffDirectory staff, OrchestratorDbContext db, IWorkflowRuntime runtime, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<CommandOutcome> RunAsync(
        StaffMember caller, Guid taskId, string? assignee, string? reason, CancellationToken cancellationToken = default)
    {
        var place = await tasks.FindAsync(taskId, cancellationToken);
        if (place is null || !rules.MaySee(caller, place)) return rules.NotFound();
        if (!caller.IsAdministrator) return CommandOutcome.Forbidden(l["Refusal_AdministratorOnly"]);
        if (place.Task.Status != UserTaskStatus.Open) return CommandOutcome.Conflict(l["Refusal_TaskClosed"]);
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(reason)) problems["reason"] = l["Problem_ReasonRequired"];
        var target = string.IsNullOrWhiteSpace(assignee) ? null : await staff.FindColleagueAsync(assignee.Trim(), caller.CompanyId, cancellationToken);
        if (target is null) problems["assignee"] = l["Problem_AssigneeUnknown", assignee ?? ""];
        else if (!TaskRules.IsCandidate(target, place)) problems["assignee"] = l["Problem_AssigneeNotCandidate", target.UserName];
        if (problems.Count > 0) return CommandOutcome.Invalid(problems);
        if (place.Task.Assignee == target!.UserName) return CommandOutcome.Done;
        try
        {
            if (place.Request is { } request)
                db.RequestTimeline.Add(RequestTimelineEntry.Record(request, clock.GetUtcNow(), caller.DisplayName,
                    $"改派 {place.Task.Name ?? place.Task.ElementId} → {target.DisplayName}：{reason!.Trim()}"));
            await runtime.ReassignTaskAsync(taskId, target.UserName, cancellationToken); // saves the timeline line with it
            return CommandOutcome.Done;
        }
        catch (WorkflowConflictException)
        {
            return rules.Lost(caller, await tasks.FindAsync(taskId, cancellationToken));
        }
    }
}
