using System.Text.Json;

namespace Orchestrator.Host.Features.Signals;

/// <summary>
/// A signal to broadcast: its name, the variables it carries and, for a group-level caller only, the company
/// whose instances receive it. Callers of a company always reach their own company, whatever this says.
/// </summary>
public sealed record SignalBroadcastRequest(string? Name, Dictionary<string, JsonElement>? Variables = null, Guid? CompanyId = null);
