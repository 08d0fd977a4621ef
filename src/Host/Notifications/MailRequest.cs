namespace Orchestrator.Host.Notifications;

/// <summary>
/// What a step asks to be mailed, as written to the outbox (kind <see cref="MailOutboxHandler.OutboxKind"/>):
/// a template, the recipients' addresses, the language and the values for the template's placeholders.
/// </summary>
public sealed record MailRequest(string Template, IReadOnlyList<string> To, string? Culture, Dictionary<string, string> Data);
