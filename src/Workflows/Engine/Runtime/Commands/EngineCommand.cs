namespace Orchestrator.Workflows.Engine.Runtime.Commands;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>What the executor is asked to do to one instance.</summary>
public abstract record EngineCommand;

/// <summary>Start at <paramref name="StartEventId"/>, or at the process's none start event when null.</summary>
public sealed record StartInstance(Vars Variables, string? StartEventId = null) : EngineCommand;

public sealed record CompleteUserTask(Guid TaskId, Vars Variables) : EngineCommand;

public sealed record DeliverMessage(Guid SubscriptionId, Vars Variables) : EngineCommand;

public sealed record DeliverSignal(Guid SubscriptionId, Vars Variables) : EngineCommand;

public sealed record FireTimer(Guid TimerId) : EngineCommand;

public sealed record CompleteActivity(Guid WaitId, Vars Outputs) : EngineCommand;

public sealed record FailActivity(Guid WaitId, string Kind, string Message) : EngineCommand;

public sealed record ThrowBpmnError(Guid WaitId, string ErrorCode, string Message) : EngineCommand;

public sealed record CompleteCalledProcess(Guid WaitId, Vars Variables) : EngineCommand;

/// <summary>Re-executes the element of an incident's token, after merging <paramref name="Variables"/>.</summary>
public sealed record RetryIncident(Guid IncidentId, Vars Variables) : EngineCommand;

public sealed record CancelInstance : EngineCommand;
