using Orchestrator.Domain.Calendar;

namespace Orchestrator.Host.Tests.Scenarios.Support;

/// <summary>A clock the scenario sets and moves: due dates and timers are computed from it.</summary>
public sealed class FakeClock : TimeProvider
{
    private DateTimeOffset now = ChinaTime.At(new DateOnly(2026, 9, 1), new TimeOnly(9, 0));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    /// <summary>Sets China local time.</summary>
    public void Set(DateOnly date, TimeOnly time) => now = ChinaTime.At(date, time);

    public void Set(DateTimeOffset moment) => now = moment;

    public void Advance(TimeSpan by) => now += by;
}
