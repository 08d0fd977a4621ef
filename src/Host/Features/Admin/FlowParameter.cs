namespace Orchestrator.Host.Features.Admin;

/// <summary>A setting a deployed flow carries: a task header (a threshold, a status), a step's deadline or a timer.</summary>
public sealed record FlowParameter(string ProcessKey, int Version, string Element, string Name, string Value);
