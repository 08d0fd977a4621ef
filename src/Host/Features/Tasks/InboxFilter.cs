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

/// <summary>What the inbox's filter bar asks for; applied to the already-scoped list.</summary>
public sealed record InboxFilter(InboxView View = InboxView.All, string? Search = null, ServiceRequestType? Type = null, bool OverdueOnly = false)
{
    public IEnumerable<InboxItem> Apply(IEnumerable<InboxItem> items, string userName) => items
        .Where(i => View switch
        {
            InboxView.Mine => i.Assignee == userName,
            InboxView.Queue => i.Assignee is null,
            _ => true,
        })
        .Where(i => Type is null || i.RequestType == Type)
        .Where(i => !OverdueOnly || i.Sla.State == SlaState.Overdue)
        .Where(i => string.IsNullOrWhiteSpace(Search) || Matches(i, Search.Trim()));

    private static bool Matches(InboxItem item, string text) =>
        item.RequestNumber.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (item.CustomerName?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || item.StepName.Contains(text, StringComparison.OrdinalIgnoreCase);
}
