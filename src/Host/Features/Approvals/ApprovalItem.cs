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

/// <summary>One page of approvals in the inbox's order; <see cref="Next"/> is null on the last page.</summary>
public sealed record ApprovalPage(IReadOnlyList<ApprovalItem> Items, InboxCursor? Next);
