namespace Orchestrator.Host.Features.Documents;

/// <summary>The documents a clerk prints for a request, by the name the API and the links use.</summary>
public enum DocumentKind
{
    /// <summary>受理回执</summary>
    Receipt,

    /// <summary>缴费通知单</summary>
    PaymentNotice,

    /// <summary>施工协议</summary>
    ConstructionAgreement,

    /// <summary>供用水协议</summary>
    SupplyAgreement,

    /// <summary>押金退还通知</summary>
    RefundNotice,
}

public static class DocumentKinds
{
    public static readonly IReadOnlyList<DocumentKind> All = Enum.GetValues<DocumentKind>();

    public static string Slug(this DocumentKind kind) => kind switch
    {
        DocumentKind.Receipt => "receipt",
        DocumentKind.PaymentNotice => "payment-notice",
        DocumentKind.ConstructionAgreement => "construction-agreement",
        DocumentKind.SupplyAgreement => "supply-agreement",
        _ => "refund-notice",
    };

    public static DocumentKind? FromSlug(string? slug) => All.Cast<DocumentKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);

    public static string TitleZh(this DocumentKind kind) => kind switch
    {
        DocumentKind.Receipt => "受理回执",
        DocumentKind.PaymentNotice => "缴费通知单",
        DocumentKind.ConstructionAgreement => "施工协议",
        DocumentKind.SupplyAgreement => "供用水协议",
        _ => "押金退还通知",
    };

    /// <summary>The link a page shows: the API endpoint, which a signed-in browser reaches with its cookie.</summary>
    public static string Url(Guid requestId, DocumentKind kind) => $"/api/requests/{requestId}/documents/{kind.Slug()}";
}
