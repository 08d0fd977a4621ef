namespace Orchestrator.Host.Notifications;

/// <summary>The log of sent messages; its unique key is what makes sending idempotent.</summary>
public sealed class SentMail
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
}
