using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>Gives a claimed task back to its candidate groups; only the person who holds it may.</summary>
public sealed class ReleaseTask(CompanyTasks tasks, TaskRules rules, IWorkflowRuntime runtime, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandOutcome> RunAsync(StaffMember caller, Guid taskId, CancellationToken cancellationToken = default)
    {
        var place = await tasks.FindAsync(taskId, cancellationToken);
        if (place is null || !rules.MaySee(caller, place)) return rules.NotFound();
        if (place.Task.Status != UserTaskStatus.Open) return CommandOutcome.Conflict(l["Refusal_TaskClosed"]);
        if (place.Task.Assignee is { } holder && holder != caller.UserName) return CommandOutcome.Conflict(l["Refusal_ClaimedBy", holder]);
        if (place.Task.Assignee is null) return CommandOutcome.Conflict(l["Refusal_NotClaimedByYou"]);
        try
        {
            await runtime.ReleaseTaskAsync(taskId, caller.UserName, cancellationToken);
            return CommandOutcome.Done;
        }
        catch (WorkflowConflictException)
        {
            return rules.Lost(caller, await tasks.FindAsync(taskId, cancellationToken));
        }
    }
}
