namespace Orchestrator.Domain.Requests;

public enum RequestStatus
{
    Submitted,
    InProgress,
    Completed,
    Rejected,
    Cancelled,
}
