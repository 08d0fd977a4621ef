using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Features.Waiting;

/// <summary>
/// A request waiting for its customer: what for (and at which step), since when, and who follows it up — the
/// service-center clerk who holds the step, or the service center as a whole (<see cref="FollowedUpBy"/> null).
/// </summary>
public sealed record WaitingRequest(
    Guid RequestId, string RequestNumber, ServiceRequestType RequestType, Guid? CustomerId, string? CustomerName,
    CustomerWaitKind Kind, string ElementId, string StepName, DateTimeOffset Since, Guid? TaskId, string? FollowedUpBy);
