namespace Orchestrator.Host.Scheduling;

public enum JobStorage
{
    /// <summary>In-memory with SQLite, PostgreSQL with PostgreSQL.</summary>
    Auto,
    InMemory,
    PostgreSql,
}

public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public JobStorage Storage { get; set; } = JobStorage.Auto;

    public int Workers { get; set; } = 4;

    /// <summary>How often Hangfire looks for delayed jobs that became due.</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timers due within this span have a Hangfire job; later ones are rows until the window reaches them.</summary>
    public TimeSpan TimerHorizon { get; set; } = TimeSpan.FromHours(24);
}
