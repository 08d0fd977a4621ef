using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Features.Signals;

/// <summary>
/// 广播信号: a planned outage notice or similar reaches every waiting signal catch of one company's instances and
/// starts the flows with a matching signal start event for that company. Administrators and integrations may
/// (403 otherwise). The company is always the caller's own (the API's data scope is the caller's company): naming
/// another one is a 404, as if it did not exist, for group administrators too. The name is required (422).
/// </summary>
public sealed class BroadcastSignal(IWorkflowRuntime runtime, IStringLocalizer<SharedResource> l)
{
    public const int MaxNameLength = 200;

    public async Task<CommandOutcome> RunAsync(StaffMember caller, SignalBroadcastRequest request, CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdministrator && !caller.IsIntegration)
            return CommandOutcome.Forbidden(l["Signal_NotAllowed"]);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            return CommandOutcome.Invalid("name", l["Signal_NameRequired"]);
        if (name.Length > MaxNameLength)
            return CommandOutcome.Invalid("name", l["Signal_NameTooLong", MaxNameLength]);
        if (request.CompanyId is { } named && named != caller.CompanyId)
            return CommandOutcome.NotFound(l["Signal_CompanyNotFound"]);
        try
        {
            return CommandOutcome.With(await runtime.BroadcastSignalAsync(name, caller.CompanyId, request.Variables, cancellationToken));
        }
        catch (WorkflowConflictException e)
        {
            return CommandOutcome.Conflict(e.Message);
        }
    }
}
