using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Features.Messages;

/// <summary>
/// Publishes a message from an integrated system of the caller's company to one of that company's requests
/// (the correlation key is the request number). Messages that record money — a fee paid, arrears settled —
/// are the ledger's alone and are refused here, so no caller can make a flow skip an unpaid bill.
/// </summary>
public sealed class PublishMessage(CompanyTasks records, IWorkflowRuntime runtime, IStringLocalizer<SharedResource> l)
{
    public static readonly IReadOnlySet<string> DomainMessages =
        new HashSet<string>([PaymentCallbackService.PaymentReceived, PaymentCallbackService.ArrearsSettled], StringComparer.OrdinalIgnoreCase);

    public async Task<CommandOutcome> RunAsync(
        StaffMember caller, string? name, string? correlationKey, IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken = default)
    {
        if (!caller.IsIntegration) return CommandOutcome.Forbidden(l["Refusal_IntegrationOnly"]);
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) problems["name"] = l["Problem_MessageNameRequired"];
        if (string.IsNullOrWhiteSpace(correlationKey)) problems["correlationKey"] = l["Problem_CorrelationKeyRequired"];
        if (problems.Count > 0) return CommandOutcome.Invalid(problems);
        if (DomainMessages.Contains(name!.Trim())) return CommandOutcome.Forbidden(l["Refusal_DomainMessage", name.Trim()]);
        if (await records.RequestOfAsync(correlationKey!.Trim(), cancellationToken) is null)
            return CommandOutcome.NotFound(l["Refusal_RequestNotFound", correlationKey.Trim()]);
        try
        {
            return CommandOutcome.With(await runtime.CorrelateMessageAsync(name.Trim(), correlationKey.Trim(), variables, caller.CompanyId, cancellationToken));
        }
        catch (WorkflowConflictException e)
        {
            return CommandOutcome.Conflict(e.Message);
        }
    }
}
