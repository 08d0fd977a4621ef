namespace Orchestrator.Workflows.Engine.Timers;

/// <summary>
/// The business calendar as the engine needs it. The Host adapts the water domain's calendar (weekends,
/// statutory holidays, adjusted working weekends). May throw for a year whose holidays are not published;
/// the timer then becomes an incident carrying that message.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The same time of day on the <paramref name="days"/>-th working day after <paramref name="from"/>.</summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int days);
}
