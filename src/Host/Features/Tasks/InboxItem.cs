using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>One open task as the inbox lists it; <see cref="HasIncident"/> when its request is stopped at a failed step (异常).</summary>
public sealed record InboxItem(
    Guid TaskId,
    string RequestNumber,
    ServiceRequestType RequestType,
    string? CustomerName,
    string StepName,
    string? FormKey,
    IReadOnlyList<string> CandidateGroups,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    SlaStatus Sla,
    IReadOnlyDictionary<string, object?> Inputs,
    bool HasIncident = false);
