using System.ComponentModel.DataAnnotations;

namespace Orchestrator.Host.Scheduling.Retention;

/// <summary>
/// How long the engine keeps what only the engine reads (section "Retention"). The request's own business
/// history (the timeline people read) is never purged here.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Finished (completed or cancelled) instances, with their tasks, timers, subscriptions, incidents and engine history.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:FinishedInstances must be between 1 and 3650 days.")]
    public TimeSpan FinishedInstances { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Outbox rows already sent.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:DispatchedOutbox must be between 1 and 3650 days.")]
    public TimeSpan DispatchedOutbox { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Rows deleted per statement; a round stops after <see cref="BatchesPerRound"/> batches and goes on next night.</summary>
    [Range(10, 100_000, ErrorMessage = "Retention:BatchSize must be between 10 and 100000.")]
    public int BatchSize { get; set; } = 1_000;

    [Range(1, 10_000, ErrorMessage = "Retention:BatchesPerRound must be between 1 and 10000.")]
    public int BatchesPerRound { get; set; } = 200;
}
