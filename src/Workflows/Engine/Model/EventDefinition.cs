namespace Orchestrator.Workflows.Engine.Model;

/// <summary>What an event waits for or throws.</summary>
public abstract record EventDefinition(string Kind);

public sealed record MessageEventDefinition(string? MessageRef) : EventDefinition("message");

public sealed record ErrorEventDefinition(string? ErrorRef) : EventDefinition("error");

public sealed record TerminateEventDefinition() : EventDefinition("terminate");

/// <summary>Signal, compensation, conditional, link, cancel: read, reported, not executed.</summary>
public sealed record UnsupportedEventDefinition(string Name) : EventDefinition(Name);
