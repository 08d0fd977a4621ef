using Orchestrator.Workflows.Engine.Expressions;

namespace Orchestrator.Workflows.Engine.Hosting;

/// <summary>Engine settings; bind them from configuration, e.g. the "Workflows" section.</summary>
public sealed class WorkflowEngineOptions
{
    public ExpressionOptions Expressions { get; set; } = new();

    /// <summary>How long a message published before anyone waits for it is kept.</summary>
    public TimeSpan MessageTimeToLive { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Dispatch the outbox right after each step commits (turn off to dispatch from a background job only).</summary>
    public bool DispatchOutboxAfterCommit { get; set; } = true;

    /// <summary>Failed dispatches after which an outbox row is parked as a dead letter.</summary>
    public int OutboxMaxAttempts { get; set; } = 5;

    /// <summary>Rows the background sweep takes per page, oldest first.</summary>
    public int OutboxSweepPageSize { get; set; } = 100;
}
