using System.Security.Claims;
using Orchestrator.Domain.Organization;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Exceptions;

/// <summary>
/// Retries a failed step from where it stopped, after the data was corrected (optionally with corrected
/// variables). Only the duty manager and administrators may, and only for their own company's requests:
/// another role is refused, another company's incident is not found.
/// </summary>
public sealed class RetryIncident(OpenIncidentsQuery incidents, IWorkflowRuntime runtime)
{
    public static bool MayRetry(ClaimsPrincipal user) => user.IsInRole(Roles.DutyManager) || user.IsInRole(Roles.Administrator);

    public async Task<RetryOutcome> RunAsync(
        ClaimsPrincipal user, Guid incidentId, IReadOnlyDictionary<string, object?>? corrected = null, CancellationToken cancellationToken = default)
    {
        if (!MayRetry(user)) return RetryOutcome.Forbidden;
        if (await incidents.FindAsync(incidentId, cancellationToken) is not { } incident) return RetryOutcome.NotFound;
        await runtime.RetryIncidentAsync(incidentId, corrected, cancellationToken);
        var again = (await incidents.OfRequestAsync(incident.RequestNumber, cancellationToken)).FirstOrDefault();
        return again is null ? RetryOutcome.Resumed : RetryOutcome.FailedAgain(again);
    }
}

/// <summary>What a retry did: the request goes on, it failed again (with the new reason), or it was refused.</summary>
public sealed record RetryOutcome(RetryResult Result, OpenIncident? Incident = null)
{
    public static readonly RetryOutcome Forbidden = new(RetryResult.Forbidden);
    public static readonly RetryOutcome NotFound = new(RetryResult.NotFound);
    public static readonly RetryOutcome Resumed = new(RetryResult.Resumed);

    public static RetryOutcome FailedAgain(OpenIncident incident) => new(RetryResult.FailedAgain, incident);
}

public enum RetryResult
{
    Resumed,
    FailedAgain,
    Forbidden,
    NotFound,
}
