namespace Orchestrator.Domain.Requests;

/// <summary>What the clerk or channel records when a request comes in.</summary>
public sealed record RequestIntake(
    Guid CompanyId,
    ServiceRequestType Type,
    ApplicantKind ApplicantKind,
    RequestChannel Channel,
    string Address,
    string Details,
    Guid? CustomerId = null,
    Guid? AccountId = null);
