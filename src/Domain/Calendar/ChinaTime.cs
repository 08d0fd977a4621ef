namespace Orchestrator.Domain.Calendar;

/// <summary>
/// China Standard Time is UTC+8 all year (no daylight saving), so a fixed offset is exact
/// and avoids depending on the machine's time-zone database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToLocal(DateTimeOffset moment) => moment.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset moment) => TimeOnly.FromDateTime(ToLocal(moment).DateTime);

    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), Offset);
}
