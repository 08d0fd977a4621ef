using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>What the person working on a step needs to know about the request behind it.</summary>
public sealed record RequestFacts(
    Guid Id,
    string Number,
    ServiceRequestType Type,
    ApplicantKind Applicant,
    RequestStatus Status,
    RequestChannel Channel,
    string Address,
    string Details,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    Guid? CustomerId,
    Guid? AccountId,
    IReadOnlyList<DocumentLine> Documents)
{
    public static RequestFacts Of(ServiceRequest request)
    {
        var catalog = RequiredDocuments.For(request.Type, request.ApplicantKind).ToDictionary(d => d.Code);
        return new(request.Id, request.Number, request.Type, request.ApplicantKind, request.Status, request.Channel, request.Address,
            request.Details, request.CreatedAt, request.ClosedAt, request.CustomerId, request.AccountId,
            [.. request.Documents.Select(d => new DocumentLine(d.Code,
                catalog.GetValueOrDefault(d.Code)?.NameZh ?? d.Code, catalog.GetValueOrDefault(d.Code)?.NameEn ?? d.Code, d.Provided))]);
    }
}

public sealed record DocumentLine(string Code, string NameZh, string NameEn, bool Provided)
{
    public string Name(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}
