using Orchestrator.Host.Workflows;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Features.Live;

/// <summary>
/// Acts on a message from another node as if the change had happened here: wakes the screens, drops the cached
/// calendar, forgets which version of a flow is the latest.
/// </summary>
public sealed class ClusterDispatch(InboxNotifier inboxes, HolidayCalendarCache calendar, DefinitionRecordCache definitions)
{
    public void Apply(ClusterMessage message)
    {
        switch (message.Kind)
        {
            case ClusterMessage.InboxChanged:
                inboxes.Notify(message.Groups, message.Users);
                break;
            case ClusterMessage.CalendarChanged:
                calendar.Invalidate();
                break;
            case ClusterMessage.DefinitionsDeployed:
                if (message.Groups.Contains(InboxNotifier.Everyone)) definitions.ForgetAllLatest(); // too many keys for one message
                else foreach (var key in message.Groups) definitions.ForgetLatest(key);
                break;
        }
    }

    /// <summary>After a gap in listening anything may have changed: every screen reloads, the calendar and latest versions are read again.</summary>
    public void CatchUp()
    {
        calendar.Invalidate();
        definitions.ForgetAllLatest();
        inboxes.NotifyAll();
    }
}
