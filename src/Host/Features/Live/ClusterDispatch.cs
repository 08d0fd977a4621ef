using Orchestrator.Host.Workflows;

namespace Orchestrator.Host.Features.Live;

/// <summary>Acts on a message from another node as if the change had happened here: wakes the screens, drops the cached calendar.</summary>
public sealed class ClusterDispatch(InboxNotifier inboxes, HolidayCalendarCache calendar)
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
        }
    }

    /// <summary>After a gap in listening anything may have changed: every screen reloads, the calendar is read again.</summary>
    public void CatchUp()
    {
        calendar.Invalidate();
        inboxes.NotifyAll();
    }
}
