namespace Orchestrator.Host.Requests;

/// <summary>
/// What a clerk or a channel sees of one request: where it stands, what is open and by when, money, history.
/// A request stopped at a failed step reads Status "Incident" (异常) and lists why in <see cref="Incidents"/>; a request
/// waiting for its customer (待客户办理) says what for, since when and who follows up in <see cref="WaitingFor"/>.
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
    IReadOnlyList<Features.Exceptions.OpenIncident>? Incidents = null,
    IReadOnlyList<Features.Waiting.WaitingRequest>? WaitingFor = null);

public sealed record RequestDocument(string Code, string NameZh, string NameEn, bool Provided);

/// <summary>An open step; <paramref name="DueProvisional"/> when its due date was counted through a year without a holiday table.</summary>
public sealed record RequestStep(
    Guid TaskId, string ElementId, string? Name, IReadOnlyList<string> CandidateGroups, string? Assignee,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string? FormKey, bool DueProvisional = false);

public sealed record RequestFee(Guid BillId, decimal Amount, decimal AmountPaid, decimal Outstanding, string Status, DateOnly IssuedOn);

public sealed record RequestDeposit(Guid Id, string Kind, decimal Amount, string Status, DateOnly HeldOn, DateOnly? RefundDueOn);

public sealed record RequestEvent(DateTimeOffset At, string Actor, string Text);
