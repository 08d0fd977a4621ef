namespace Orchestrator.Host.Features.Exceptions;

/// <summary>
/// A request stopped at a failed step (异常): which request, which step, why in the reader's language
/// (<see cref="IncidentReasonText"/>), and since when; <see cref="Kind"/> and <see cref="Detail"/> keep the engine's
/// own incident kind and message for the duty manager.
/// </summary>
public sealed record OpenIncident(
    Guid IncidentId, Guid RequestId, string RequestNumber, string RequestType, string ElementId, string StepName,
    string Reason, DateTimeOffset Since, TimeSpan Age, string Kind = "", string Detail = "");
