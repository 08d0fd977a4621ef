namespace Orchestrator.Host.Requests;

/// <summary>
/// What a clerk or a channel sees of one request: where it stands, what is open and by when, money, history.
/// A request stopped at a failed step reads Status "Incident" (异常) and lists why in <see cref="Incidents"/>.
/// </summary>
public sealed record RequestDetails(
    Guid Id, string Number, string Type, string Status, string ApplicantKind, string Channel, string Address, string Details,
    Guid? CustomerId, string? AccountNumber, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, Guid? InstanceId,
    IReadOnlyList<string> ActiveElementIds,
    IReadOnlyList<RequestDocument> Documents,
    IReadOnlyList<RequestStep> CurrentSteps,
    IReadOnlyList<RequestFee> Fees,
    IReadOnlyList<RequestDeposit> Deposits,
    IReadOnlyList<RequestEvent> Timeline,
    IReadOnlyList<Features.Exceptions.OpenIncident>? Incidents = null);

public sealed record RequestDocument(string Code, string NameZh, string NameEn, bool Provided);

public sealed record RequestStep(
    Guid TaskId, string ElementId, string? Name, IReadOnlyList<string> CandidateGroups, string? Assignee,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string? FormKey);

public sealed record RequestFee(Guid BillId, decimal Amount, decimal AmountPaid, decimal Outstanding, string Status, DateOnly IssuedOn);

public sealed record RequestDeposit(Guid Id, string Kind, decimal Amount, string Status, DateOnly HeldOn, DateOnly? RefundDueOn);

public sealed record RequestEvent(DateTimeOffset At, string Actor, string Text);
