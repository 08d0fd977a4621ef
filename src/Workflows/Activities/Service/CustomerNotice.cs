namespace Orchestrator.Workflows.Activities.Service;

/// <summary>
/// The outbox payload (kind <see cref="OutboxKind"/>) of a message to the request's customer: the Host
/// looks up the customer's contact and renders <see cref="Template"/> with <see cref="Data"/>.
/// </summary>
public sealed record CustomerNotice(string Template, string? RequestNumber, Guid? CustomerId, string Culture, Dictionary<string, string> Data)
{
    public const string OutboxKind = "mail.customer";
}
