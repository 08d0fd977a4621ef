namespace Orchestrator.Workflows.Engine.Runtime.Effects;

/// <summary>Where an error was thrown that no scope of its own instance caught: the token held there.</summary>
public sealed record ErrorOrigin(Guid InstanceId, string TokenId);

/// <summary>An error a called process did not catch goes to the call activity that started it.</summary>
public sealed record ErrorPassedToCaller(string ErrorCode, string Message, ErrorOrigin Origin) : EngineEffect;

/// <summary>No caller up the chain caught the error: the instance it was thrown in gets the incident.</summary>
public sealed record UncaughtErrorReturned(ErrorOrigin Origin, string ErrorCode, string Message) : EngineEffect;

/// <summary>An escalation a called process did not catch goes to the call activity that started it.</summary>
public sealed record EscalationPassedToCaller(string EscalationCode) : EngineEffect;
