using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Instances;

/// <summary>
/// An administrator cancels a process instance of their company with a reason; the request it runs is
/// cancelled with it, in the same step, and the reason goes to the request's timeline.
/// </summary>
public sealed class CancelInstance(
    CompanyTasks records, OrchestratorDbContext db, IWorkflowRuntime runtime, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandOutcome> RunAsync(StaffMember caller, Guid instanceId, string? reason, CancellationToken cancellationToken = default)
    {
        var instance = await records.FindInstanceAsync(instanceId, cancellationToken);
        if (instance is null) return CommandOutcome.NotFound(l["Refusal_InstanceNotFound"]);
        if (!caller.IsAdministrator) return CommandOutcome.Forbidden(l["Refusal_AdministratorOnly"]);
        if (string.IsNullOrWhiteSpace(reason)) return CommandOutcome.Invalid("reason", l["Problem_ReasonRequired"]);
        if (instance.Status is WorkflowInstanceStatus.Completed or WorkflowInstanceStatus.Cancelled)
            return CommandOutcome.Conflict(l["Refusal_InstanceClosed"]);
        try
        {
            if (await records.RequestOfAsync(instance.BusinessKey, cancellationToken) is { IsOpen: true } request)
                db.RequestTimeline.Add(request.Cancel(clock.GetUtcNow(), caller.DisplayName, reason.Trim()));
            await runtime.CancelAsync(instanceId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return CommandOutcome.Done;
        }
        catch (WorkflowConflictException e)
        {
            return CommandOutcome.Conflict(e.Message);
        }
    }
}
