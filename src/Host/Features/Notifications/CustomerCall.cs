namespace Orchestrator.Host.Features.Notifications;

/// <summary>
/// A customer the service center must phone because a notice could not be mailed (no e-mail address; no
/// SMS gateway is configured). Open until a clerk records the call.
/// </summary>
public sealed class CustomerCall
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public Guid CustomerId { get; set; }
    public string? RequestNumber { get; set; }
    public string Template { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CalledAt { get; set; }
    public string? CalledBy { get; set; }
}
