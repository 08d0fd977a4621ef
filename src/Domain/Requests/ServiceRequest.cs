using Orchestrator.Domain.Calendar;

namespace Orchestrator.Domain.Requests;

/// <summary>
/// A customer's request (工单) and its document checklist. Status moves Submitted → InProgress →
/// Completed, or to Rejected / Cancelled while open. Each move returns the timeline entry to save.
/// </summary>
public sealed class ServiceRequest
{
    private List<DocumentCheck> documents = [];

    private ServiceRequest()
    {
        Number = "";
        Address = "";
        Details = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Number { get; private set; }
    public ServiceRequestType Type { get; private set; }
    public ApplicantKind ApplicantKind { get; private set; }
    public Guid? CustomerId { get; private set; }
    public Guid? AccountId { get; private set; }
    public string Address { get; private set; }
    public RequestChannel Channel { get; private set; }
    public string Details { get; private set; }
    public RequestStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ProcessInstanceId { get; private set; }
    public IReadOnlyList<DocumentCheck> Documents => documents;

    public bool IsOpen => Status is RequestStatus.Submitted or RequestStatus.InProgress;

    /// <summary>Opens a request numbered from its China date and the caller's daily <paramref name="sequence"/>.</summary>
    public static ServiceRequest Submit(RequestIntake intake, int sequence, DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(intake.CompanyId, "company"),
        Number = RequestNumbers.Compose(intake.Type, ChinaTime.DateOf(createdAt), sequence),
        Type = intake.Type,
        ApplicantKind = Require.Defined(intake.ApplicantKind, "applicant kind"),
        Channel = Require.Defined(intake.Channel, "request channel"),
        CustomerId = intake.CustomerId,
        AccountId = intake.AccountId,
        Address = Require.Text(intake.Address, "address", 300),
        Details = intake.Details?.Trim() ?? "",
        Status = RequestStatus.Submitted,
        CreatedAt = createdAt,
        documents = [.. RequiredDocuments.For(intake.Type, intake.ApplicantKind).Select(d => new DocumentCheck(d.Code, false))],
    };

    public IReadOnlyList<string> MissingDocuments() => [.. documents.Where(d => !d.Provided).Select(d => d.Code)];

    public void MarkDocumentProvided(string code)
    {
        if (!IsOpen) throw Refused("given documents");
        var index = documents.FindIndex(d => d.Code == code);
        if (index < 0)
            throw new InvalidValueException("document", $"'{code}' is not on the checklist of request {Number}.") { Arguments = [code, Number] };
        documents[index] = documents[index] with { Provided = true };
    }

    public void AttachProcess(Guid processInstanceId)
    {
        if (ProcessInstanceId is { } existing && existing != processInstanceId)
            throw new DomainException("request.process-already-attached", $"Request {Number} already runs in process {existing}.");
        ProcessInstanceId = Require.Id(processInstanceId, "process instance");
    }

    public void LinkCustomer(Guid customerId) => CustomerId = Require.Id(customerId, "customer");

    public void LinkAccount(Guid accountId) => AccountId = Require.Id(accountId, "account");

    public RequestTimelineEntry Start(DateTimeOffset at, string actor)
    {
        if (Status != RequestStatus.Submitted) throw Refused("started");
        var entry = RequestTimelineEntry.Record(this, at, actor, "Work started.");
        Status = RequestStatus.InProgress;
        return entry;
    }

    public RequestTimelineEntry Complete(DateTimeOffset at, string actor, string outcome)
    {
        if (Status != RequestStatus.InProgress) throw Refused("completed");
        return Close(RequestStatus.Completed, at, actor, Require.Text(outcome, "outcome", 2000));
    }

    public RequestTimelineEntry Reject(DateTimeOffset at, string actor, string reason)
    {
        if (!IsOpen) throw Refused("rejected");
        return Close(RequestStatus.Rejected, at, actor, "Rejected: " + Require.Text(reason, "reason", 2000));
    }

    public RequestTimelineEntry Cancel(DateTimeOffset at, string actor, string reason)
    {
        if (!IsOpen) throw Refused("cancelled");
        return Close(RequestStatus.Cancelled, at, actor, "Cancelled: " + Require.Text(reason, "reason", 2000));
    }

    private RequestTimelineEntry Close(RequestStatus status, DateTimeOffset at, string actor, string text)
    {
        if (at < CreatedAt)
            throw new InvalidValueException("closing time", $"Request {Number} cannot close at {at:yyyy-MM-dd HH:mm}, before it was created.");
        var entry = RequestTimelineEntry.Record(this, at, actor, text);
        Status = status;
        ClosedAt = at;
        return entry;
    }

    private InvalidTransitionException Refused(string action) => new($"Request {Number}", Status.ToString(), action);
}
