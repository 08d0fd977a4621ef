namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>What became of a published message.</summary>
public enum CorrelationResult
{
    /// <summary>A waiting subscription received it.</summary>
    Delivered,

    /// <summary>No one waited; a process with a matching message start event was started.</summary>
    StartedInstance,

    /// <summary>No one waited yet; it is kept for the configured time to live.</summary>
    Buffered,
}
