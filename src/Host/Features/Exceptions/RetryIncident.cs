using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Resources;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Features.Exceptions;

/// <summary>
/// Retries a failed step from where it stopped, after the data was corrected (optionally with corrected
/// variables). Only the duty manager and administrators may (another role: forbidden), and only for their own
/// company's requests (another company's incident: not found). Done means the request goes on; when the step
/// fails again the outcome is invalid with the new reason and carries the new incident (<see cref="CommandOutcome.Value"/>).
/// </summary>
public sealed class RetryIncident(OpenIncidentsQuery incidents, IWorkflowRuntime runtime, IStringLocalizer<SharedResource> l)
{
    public static bool MayRetry(StaffMember caller) => caller.IsAdministrator || caller.Roles.Contains(Roles.DutyManager);

    public async Task<CommandOutcome> RunAsync(
        StaffMember caller, Guid incidentId, IReadOnlyDictionary<string, object?>? corrected = null, CancellationToken cancellationToken = default)
    {
        if (!MayRetry(caller)) return CommandOutcome.Forbidden(l["Refusal_RetryDutyManagerOnly"]);
        if (await incidents.FindAsync(incidentId, cancellationToken) is not { } incident) return CommandOutcome.NotFound(l["Refusal_IncidentNotFound"]);
        try
        {
            await runtime.RetryIncidentAsync(incidentId, corrected, cancellationToken);
        }
        catch (WorkflowConflictException)
        {
            return CommandOutcome.Conflict(l["Refusal_IncidentAlreadyRetried"]);
        }
        return (await incidents.OfRequestAsync(incident.RequestNumber, cancellationToken)).FirstOrDefault() is { } again
            ? CommandOutcome.Invalid("incident", l["RetryFailedAgain", again.Reason, again.Detail]) with { Value = again }
            : CommandOutcome.Done;
    }
}
