namespace Orchestrator.Host.Notifications;

/// <summary>
/// What a step asks to be mailed, as written to the outbox (kind <see cref="MailOutboxHandler.OutboxKind"/>)
/// and handed to Hangfire as <see cref="SendMailJob"/>'s argument: a template, the recipients' addresses, the
/// language, the values for the template's placeholders and the request whose timeline records the outcome.
/// The recipients are a plain array: Hangfire's serializer writes the runtime type of an interface-typed
/// list, and a compiler-made list (<c>[email]</c>) cannot be read back.
/// </summary>
public sealed record MailRequest(string Template, string[] To, string? Culture, Dictionary<string, string> Data, string? RequestNumber = null);
