using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Signals;

/// <summary>What <see cref="BroadcastSignal"/> answered: done with what it reached, refused, or a problem per field.</summary>
public sealed record SignalBroadcastOutcome(SignalBroadcastResult? Result, SignalRefusal? Refusal, string? Message,
    IReadOnlyDictionary<string, string[]> Problems)
{
    private static readonly IReadOnlyDictionary<string, string[]> None = new Dictionary<string, string[]>();

    public static SignalBroadcastOutcome Done(SignalBroadcastResult result) => new(result, null, null, None);

    public static SignalBroadcastOutcome Refused(SignalRefusal refusal, string message) => new(null, refusal, message, None);

    public static SignalBroadcastOutcome Invalid(string field, string message) =>
        new(null, null, null, new Dictionary<string, string[]> { [field] = [message] });
}

public enum SignalRefusal
{
    /// <summary>The caller is neither an administrator nor an integration of a company (403).</summary>
    NotAllowed,

    /// <summary>The named company is not one the caller may reach (404, as if it did not exist).</summary>
    CompanyNotFound,
}
