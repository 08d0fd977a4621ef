using Orchestrator.Domain.Requests;

namespace Orchestrator.Host.Features.Tasks;

public enum InboxView
{
    /// <summary>Claimed by me.</summary>
    Mine,

    /// <summary>My unit's tasks nobody has claimed yet.</summary>
    Queue,
    All,
}

/// <summary>
/// What the inbox's filter bar asks for; <see cref="OpenTasksQuery"/> applies it in SQL to the already-scoped
/// tasks (search matches the request number, the customer's name or the step). <see cref="FormKey"/> narrows
/// to one kind of step (the approvals page).
/// </summary>
public sealed record InboxFilter(
    InboxView View = InboxView.All, string? Search = null, ServiceRequestType? Type = null, bool OverdueOnly = false, string? FormKey = null);
