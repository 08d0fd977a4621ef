using Microsoft.Extensions.Localization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Instances;

/// <summary>
/// Starts the latest version of a process outside the request intake. Only administrators may: a request's
/// flow is started by taking the request in (<c>POST /api/requests</c>), which checks the customer and account.
/// The instance belongs to the administrator's company.
/// </summary>
public sealed class StartInstance(IWorkflowRuntime runtime, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandOutcome> RunAsync(
        StaffMember caller, string? processKey, string? businessKey, IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdministrator) return CommandOutcome.Forbidden(l["Refusal_AdministratorOnly"]);
        if (string.IsNullOrWhiteSpace(processKey)) return CommandOutcome.Invalid("processKey", l["Problem_ProcessKeyRequired"]);
        if (RequestProcesses.AllKeys.Contains(processKey.Trim())) return CommandOutcome.Forbidden(l["Refusal_StartThroughIntake", processKey.Trim()]);
        try
        {
            return CommandOutcome.With(await runtime.StartAsync(processKey.Trim(), businessKey, variables, caller.CompanyId, cancellationToken));
        }
        catch (KeyNotFoundException)
        {
            return CommandOutcome.NotFound(l["Refusal_NoSuchProcess", processKey.Trim()]);
        }
    }
}
