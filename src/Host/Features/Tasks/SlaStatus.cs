namespace Orchestrator.Host.Features.Tasks;

public enum SlaState
{
    NoDeadline,
    OnTrack,
    DueSoon,
    Overdue,

    /// <summary>The due date falls in a year whose holiday table is not published, so working days cannot be counted.</summary>
    CalendarMissing,
}

/// <summary>How a task stands against its deadline, in working days: left when on track, past the deadline when overdue.</summary>
public sealed record SlaStatus(SlaState State, int WorkingDays = 0, int? MissingYear = null)
{
    public static readonly SlaStatus None = new(SlaState.NoDeadline);

    /// <summary>Overdue first (longest first), then the nearest deadline; tasks without one last.</summary>
    public int Urgency => State switch
    {
        SlaState.Overdue => -1000 - WorkingDays,
        SlaState.DueSoon or SlaState.OnTrack => WorkingDays,
        SlaState.CalendarMissing => 999,
        _ => 1000,
    };
}
