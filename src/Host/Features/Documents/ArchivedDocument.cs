namespace Orchestrator.Host.Features.Documents;

/// <summary>
/// request_documents: every version of a printed document, kept with its request. A reprint of unchanged
/// content (same <see cref="ContentHash"/>) hands out these bytes again; changed content becomes the next version.
/// </summary>
public sealed class ArchivedDocument
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public Guid RequestId { get; set; }

    /// <summary>The kind's slug, e.g. "payment-notice".</summary>
    public string Kind { get; set; } = "";

    public int Version { get; set; }

    /// <summary><see cref="DocumentContent.Fingerprint"/> of what the PDF says.</summary>
    public string ContentHash { get; set; } = "";

    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>Display name of the member of staff who printed it first.</summary>
    public string GeneratedBy { get; set; } = "";

    public byte[] Pdf { get; set; } = [];
}
