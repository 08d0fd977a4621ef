using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Instances;

/// <summary>
/// An administrator cancels a process instance of their company with a reason. Where the flow models a withdrawal
/// (the "request-withdrawn" event sub-process of the fee-taking flows), the cancellation takes that path, named as
/// the administrator's: the request is cancelled, compensation puts what was paid on a refund for the business
/// office (fee and deposit, through the ledger) and waives what was not, each line on the request's history with
/// who and why. Other flows are cancelled at once, the request with them (<see cref="HandCancellation"/> waives a
/// fee bill they may have issued). A request whose refund is already being paid back cannot be cancelled again.
/// </summary>
public sealed class CancelInstance(
    CompanyTasks records, OrchestratorDbContext db, IWorkflowRuntime runtime, HandCancellation cancellation, IStringLocalizer<SharedResource> l)
{
    /// <summary>The message the fee-taking flows' withdrawal path waits for (the designer's withdrawal template).</summary>
    public const string WithdrawalMessage = "request-withdrawn";

    /// <summary>The business office's task that pays a withdrawn request's money back.</summary>
    private const string FeeRefundForm = "fee-refund-paid";

    public async Task<CommandOutcome> RunAsync(StaffMember caller, Guid instanceId, string? reason, CancellationToken cancellationToken = default)
    {
        var instance = await records.FindInstanceAsync(instanceId, cancellationToken);
        if (instance is null) return CommandOutcome.NotFound(l["Refusal_InstanceNotFound"]);
        if (!caller.IsAdministrator) return CommandOutcome.Forbidden(l["Refusal_AdministratorOnly"]);
        if (string.IsNullOrWhiteSpace(reason)) return CommandOutcome.Invalid("reason", l["Problem_ReasonRequired"]);
        if (instance.Status is WorkflowInstanceStatus.Completed or WorkflowInstanceStatus.Cancelled)
            return CommandOutcome.Conflict(l["Refusal_InstanceClosed"]);
        if (await RefundBeingPaidAsync(instanceId, cancellationToken)) return CommandOutcome.Conflict(l["Refusal_CancelRefundPending"]);
        try
        {
            if (await WaitsForWithdrawalAsync(instanceId, cancellationToken))
            {
                await runtime.CorrelateMessageAsync(WithdrawalMessage, MessageTarget.ByInstance(instanceId),
                    new Dictionary<string, object?> { ["reason"] = reason.Trim(), ["cancelledBy"] = caller.DisplayName }, caller.CompanyId, cancellationToken);
                return CommandOutcome.Done;
            }
            var request = await records.RequestOfAsync(instance.BusinessKey, cancellationToken);
            if (request is { IsOpen: true }) await cancellation.CloseAsync(request, caller, reason.Trim(), cancellationToken);
            await runtime.CancelAsync(instanceId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return CommandOutcome.Done;
        }
        catch (WorkflowConflictException e)
        {
            return CommandOutcome.Conflict(e.Message);
        }
    }

    private Task<bool> WaitsForWithdrawalAsync(Guid instanceId, CancellationToken cancellationToken) =>
        db.Set<MessageSubscriptionRecord>().AnyAsync(s => s.InstanceId == instanceId && s.IsOpen && s.MessageName == WithdrawalMessage, cancellationToken);

    /// <summary>The withdrawal already ran and the business office is paying the money back: cancelling would lose the refund.</summary>
    private Task<bool> RefundBeingPaidAsync(Guid instanceId, CancellationToken cancellationToken) =>
        db.Set<UserTaskRecord>().AnyAsync(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Open && t.FormKey == FeeRefundForm, cancellationToken);
}
