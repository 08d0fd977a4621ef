using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Host.Features.Approvals;

/// <summary>An approval waiting for a leader or the VP, with the facts they decide on.</summary>
public sealed record ApprovalItem(
    Guid TaskId,
    string RequestNumber,
    ServiceRequestType RequestType,
    string? CustomerName,
    string Address,
    string StepName,
    decimal? Amount,
    string? DesignSummary,
    string? Assignee,
    SlaStatus Sla);

public sealed record ApprovalDecision(IReadOnlyList<Guid> TaskIds, bool Approved, string Comment);
