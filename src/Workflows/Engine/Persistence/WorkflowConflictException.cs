namespace Orchestrator.Workflows.Engine.Persistence;

/// <summary>Someone else changed the instance or task first (or the task is no longer open). Nothing was written.</summary>
public sealed class WorkflowConflictException(string message, Exception? inner = null) : Exception(message, inner);
