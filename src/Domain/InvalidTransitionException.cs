namespace Orchestrator.Domain;

/// <summary>Something was asked of a record whose status does not allow it.</summary>
public sealed class InvalidTransitionException(string subject, string status, string action)
    : DomainException(
        "status.transition-not-allowed",
        $"{subject} is {status}, so it cannot be {action}.")
{
    public string Subject { get; } = subject;
    public string Status { get; } = status;
    public string Action { get; } = action;
}
