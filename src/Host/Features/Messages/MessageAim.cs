namespace Orchestrator.Host.Features.Messages;

/// <summary>Where a message is aimed: by correlation key, at one instance, or at a business key; exactly one is given.</summary>
public sealed record MessageAim(string? CorrelationKey, Guid? InstanceId, string? BusinessKey);
