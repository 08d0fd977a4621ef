using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Effects;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>What a step produced that the world outside the instance state must learn about.</summary>
public abstract record EngineEffect;

public sealed record UserTaskCreated(Guid TaskId, string TokenId, string ElementId, string? Name,
    IReadOnlyList<string> CandidateGroups, string? Assignee, DateTimeOffset? DueAt, string? FormKey, Vars Inputs) : EngineEffect;

public sealed record TimerScheduled(Guid TimerId, string TokenId, string ElementId, string Expression,
    bool WorkingDays, DateTimeOffset DueAt, int? RemainingRepetitions) : EngineEffect;

public sealed record MessageSubscriptionOpened(Guid SubscriptionId, string TokenId, string ElementId,
    string MessageName, string CorrelationKey) : EngineEffect;

public sealed record SignalSubscriptionOpened(Guid SubscriptionId, string TokenId, string ElementId, string SignalName) : EngineEffect;

/// <summary>A throw event sent a signal: every catch of its name in the instance's company receives it.</summary>
public sealed record SignalThrown(string ElementId, string SignalName, Vars Variables) : EngineEffect;

/// <summary>A bookmark ended: completed/fired/delivered, or cancelled.</summary>
public sealed record WaitClosed(Guid WaitId, WaitKind Kind, bool Cancelled) : EngineEffect;

public sealed record ActivityRequested(Guid WaitId, string ElementId, string TaskType, Vars Inputs,
    IReadOnlyDictionary<string, string> Headers, Vars Variables) : EngineEffect;

public sealed record CalledProcessRequested(Guid WaitId, string ElementId, string ProcessId,
    Guid ChildInstanceId, Vars Variables) : EngineEffect;

public sealed record CalledProcessCancelled(Guid ChildInstanceId) : EngineEffect;

public sealed record IncidentRaised(Guid IncidentId, string TokenId, string ElementId, string Kind, string Message) : EngineEffect;

public sealed record IncidentResolved(Guid IncidentId) : EngineEffect;

public sealed record HistoryRecorded(string ElementId, string ElementType, string Event, string? Data = null) : EngineEffect;

public sealed record InstanceCompleted(Vars Variables) : EngineEffect;

public sealed record InstanceCancelled : EngineEffect;
