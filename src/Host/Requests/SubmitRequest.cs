using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Requests;

/// <summary>
/// A request as the counter, the hotline or the online hall hands it in. The applicant is an existing
/// customer (<see cref="CustomerId"/>) or a <see cref="NewApplicant"/>; for a transfer the applicant is the
/// new owner. <see cref="DocumentsProvided"/> are codes of the type's checklist. <see cref="Type"/> is
/// required; it is nullable so that a request sent without one is refused rather than read as a new connection.
/// </summary>
public sealed record SubmitRequest(
    ServiceRequestType? Type,
    ApplicantKind ApplicantKind,
    RequestChannel Channel,
    string? Address = null,
    string? Details = null,
    Guid? CustomerId = null,
    NewApplicant? NewApplicant = null,
    string? AccountNumber = null,
    IReadOnlyList<string>? DocumentsProvided = null);

public sealed record NewApplicant(CustomerKind Kind, string Name, string IdNumber, IReadOnlyList<string>? Phones = null);

public sealed record SubmittedRequest(Guid Id, string Number, Guid InstanceId);
