namespace Orchestrator.Host.Scheduling;

/// <summary>
/// timer_window: the one row saying up to when pending timers have been handed to Hangfire. Timers due later
/// are rows only; <see cref="TimerWindow"/> hands them over as they come within the horizon.
/// </summary>
public sealed class TimerWindowMark
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public DateTimeOffset ReachedUntil { get; set; }
}
