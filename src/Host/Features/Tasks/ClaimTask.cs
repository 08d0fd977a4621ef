using Orchestrator.Host.Access;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>Claims an open task for the caller: only a candidate of the same company, and only while nobody holds it.</summary>
public sealed class ClaimTask(CompanyTasks tasks, TaskRules rules, IWorkflowRuntime runtime)
{
    public async Task<CommandOutcome> RunAsync(StaffMember caller, Guid taskId, CancellationToken cancellationToken = default)
    {
        var place = await tasks.FindAsync(taskId, cancellationToken);
        if (rules.RefuseWork(caller, place) is { } refusal) return refusal;
        if (place!.Task.Assignee == caller.UserName) return CommandOutcome.Done;
        try
        {
            await runtime.ClaimTaskAsync(taskId, caller.UserName, cancellationToken);
            return CommandOutcome.Done;
        }
        catch (WorkflowConflictException)
        {
            return rules.Lost(caller, await tasks.FindAsync(taskId, cancellationToken));
        }
    }
}
