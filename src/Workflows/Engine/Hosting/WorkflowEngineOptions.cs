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
}
