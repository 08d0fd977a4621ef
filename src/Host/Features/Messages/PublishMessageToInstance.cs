using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Features.Messages;

/// <summary>
/// Publishes a message from an integrated system of the caller's company to one instance, named by its id or by
/// its business key (the request number), for catches whose message has no correlation key. The same rules as
/// <see cref="PublishMessage"/>: integrations only (403), money messages refused (403), the name required and
/// exactly one target (422), another company's request or instance answers 404.
/// </summary>
public sealed class PublishMessageToInstance(CompanyTasks records, IWorkflowRuntime runtime, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandOutcome> RunAsync(StaffMember caller, string? name, MessageAim aim,
        IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken = default)
    {
        var (instanceId, businessKey) = (aim.InstanceId, string.IsNullOrWhiteSpace(aim.BusinessKey) ? null : aim.BusinessKey);
        if (!caller.IsIntegration) return CommandOutcome.Forbidden(l["Refusal_IntegrationOnly"]);
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) problems["name"] = l["Problem_MessageNameRequired"];
        if (instanceId is null == businessKey is null || aim.CorrelationKey is not null) problems["instanceId"] = l["Problem_MessageTargetOne"];
        if (problems.Count > 0) return CommandOutcome.Invalid(problems);
        if (PublishMessage.DomainMessages.Contains(name!.Trim())) return CommandOutcome.Forbidden(l["Refusal_DomainMessage", name.Trim()]);
        if (businessKey is not null && await records.RequestOfAsync(businessKey.Trim(), cancellationToken) is null)
            return CommandOutcome.NotFound(l["Refusal_RequestNotFound", businessKey.Trim()]);
        var target = instanceId is { } id ? MessageTarget.ByInstance(id) : MessageTarget.ByBusinessKey(businessKey!.Trim());
        try
        {
            return CommandOutcome.With(await runtime.CorrelateMessageAsync(name.Trim(), target, variables, caller.CompanyId, cancellationToken));
        }
        catch (KeyNotFoundException)
        {
            return CommandOutcome.NotFound(l["Refusal_InstanceNotFound"]);
        }
        catch (WorkflowConflictException e)
        {
            return CommandOutcome.Conflict(e.Message);
        }
    }
}
