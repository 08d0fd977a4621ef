namespace Orchestrator.Workflows.Engine.Model;

/// <summary>An escalation throw or catch; a catch without <paramref name="EscalationRef"/> catches every escalation.</summary>
public sealed record EscalationEventDefinition(string? EscalationRef) : EventDefinition("escalation");
