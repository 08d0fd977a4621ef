namespace Orchestrator.Host.Features.Signals;

/// <summary>
/// A signal to broadcast: its name, the variables it carries and optionally the company it is meant for, which
/// must be the caller's own (the broadcast always reaches the caller's company; naming another one is refused).
/// </summary>
public sealed record SignalBroadcastRequest(string? Name, IReadOnlyDictionary<string, object?>? Variables = null, Guid? CompanyId = null);
