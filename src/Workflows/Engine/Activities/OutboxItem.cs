namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>Work to do after a step commits; <see cref="Kind"/> picks the handler.</summary>
public sealed record OutboxItem(string Kind, object Payload);
