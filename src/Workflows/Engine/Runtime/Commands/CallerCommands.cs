using Orchestrator.Workflows.Engine.Runtime.Effects;

namespace Orchestrator.Workflows.Engine.Runtime.Commands;

/// <summary>The called process behind <paramref name="WaitId"/> threw an error it did not catch.</summary>
public sealed record ThrowErrorFromCalledProcess(Guid WaitId, string ErrorCode, string Message, ErrorOrigin Origin) : EngineCommand;

/// <summary>No caller caught the error thrown at <paramref name="Origin"/>: raise the incident there.</summary>
public sealed record RaiseUncaughtError(ErrorOrigin Origin, string ErrorCode, string Message) : EngineCommand;

/// <summary>The called process behind <paramref name="WaitId"/> raised an escalation it did not catch.</summary>
public sealed record ThrowEscalationFromCalledProcess(Guid WaitId, string EscalationCode) : EngineCommand;
