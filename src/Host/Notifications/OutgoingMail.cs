namespace Orchestrator.Host.Notifications;

/// <summary>A rendered message ready to send. <see cref="Key"/> makes sending idempotent.</summary>
public sealed record OutgoingMail(string Key, IReadOnlyList<string> To, string Subject, string Body);
