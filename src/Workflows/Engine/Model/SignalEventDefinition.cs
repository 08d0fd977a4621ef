namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A <c>signalEventDefinition</c>: broadcast to every catch of the signal's name in the same company.</summary>
public sealed record SignalEventDefinition(string? SignalRef) : EventDefinition("signal");
