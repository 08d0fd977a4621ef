using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Access;
using Orchestrator.Workflows.Activities.Forms;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// Claims, releases and completes tasks for a member of staff. Each checks on the server that the task is
/// in the user's company and inbox; the engine's concurrency check turns a lost race into a conflict.
/// </summary>
public sealed class TaskWork(OrchestratorDbContext db, IWorkflowRuntime runtime)
{
    public Task<TaskOutcome> ClaimAsync(StaffMember staff, Guid taskId, CancellationToken cancellationToken = default) =>
        RunAsync(staff, taskId, (task, ct) => runtime.ClaimTaskAsync(task.Id, staff.UserName, ct), cancellationToken);

    public Task<TaskOutcome> ReleaseAsync(StaffMember staff, Guid taskId, CancellationToken cancellationToken = default) =>
        RunAsync(staff, taskId, (task, ct) => runtime.ReleaseTaskAsync(task.Id, staff.UserName, ct), cancellationToken);

    /// <summary>Validates <paramref name="values"/> against the step's form and completes the task with them.</summary>
    public async Task<TaskOutcome> CompleteAsync(
        StaffMember staff, Guid taskId, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default)
    {
        FormValidation? validation = null;
        var outcome = await RunAsync(staff, taskId, async (task, ct) =>
        {
            if (task.Assignee is { } assignee && assignee != staff.UserName)
                throw new WorkflowConflictException($"Task '{task.Name ?? task.ElementId}' is claimed by {assignee}.");
            validation = TaskFormCatalog.Find(task.FormKey) is { } form
                ? TaskFormValidator.Validate(form, values)
                : new FormValidation(new Dictionary<string, FieldProblem>(), values);
            if (validation.IsValid)
                await runtime.CompleteTaskAsync(task.Id, validation.Variables, staff.UserName, ct);
        }, cancellationToken);
        return outcome.Kind == TaskOutcomeKind.Done && validation is { IsValid: false }
            ? new TaskOutcome(TaskOutcomeKind.Invalid, Validation: validation)
            : outcome;
    }

    private async Task<TaskOutcome> RunAsync(
        StaffMember staff, Guid taskId, Func<UserTaskRecord, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var task = await db.Set<UserTaskRecord>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        var inCompany = task?.BusinessKey is { } number && await db.ServiceRequests.AnyAsync(r => r.Number == number, cancellationToken);
        if (task is null || !inCompany || !staff.MaySee(task)) return TaskOutcome.Refused;
        try
        {
            await work(task, cancellationToken);
            return TaskOutcome.Done;
        }
        catch (WorkflowConflictException e)
        {
            return new TaskOutcome(TaskOutcomeKind.Conflict, e.Message);
        }
    }
}
