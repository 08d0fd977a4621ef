namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>What a broadcast signal reached: waiting catches, and instances started by signal start events.</summary>
public sealed record SignalBroadcastResult(int CatchesReached, int InstancesStarted);
