namespace Orchestrator.Host.Features.Tasks;

public enum SlaState
{
    NoDeadline,
    OnTrack,
    DueSoon,
    Overdue,
}

/// <summary>
/// How a task stands against its deadline, in working days: left when on track, past the deadline when
/// overdue. <see cref="Provisional"/> when the count passes through a year whose holiday table is not yet
/// published (weekends only until an administrator enters it).
/// </summary>
public sealed record SlaStatus(SlaState State, int WorkingDays = 0, bool Provisional = false)
{
    public static readonly SlaStatus None = new(SlaState.NoDeadline);

    /// <summary>Overdue first (longest first), then the nearest deadline; tasks without one last.</summary>
    public int Urgency => State switch
    {
        SlaState.Overdue => -1000 - WorkingDays,
        SlaState.DueSoon or SlaState.OnTrack => WorkingDays,
        _ => 1000,
    };
}
