namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Which waiting catch a published message is for: the subscriptions with a correlation key, one instance
/// by its id, or the instances of one business key. A catch whose message has no correlation key expression
/// waits under its instance's own key (<see cref="Runtime.MessageKeys"/>), so it is reached by instance id or business
/// key, and several waiting instances never share an empty key.
/// </summary>
public sealed record MessageTarget
{
    private MessageTarget(string? correlationKey, Guid? instanceId, string? businessKey) =>
        (CorrelationKey, InstanceId, BusinessKey) = (correlationKey, instanceId, businessKey);

    public string? CorrelationKey { get; }
    public Guid? InstanceId { get; }
    public string? BusinessKey { get; }

    public static MessageTarget ByKey(string correlationKey) => new(correlationKey, null, null);

    public static MessageTarget ByInstance(Guid instanceId) => new(null, instanceId, null);

    public static MessageTarget ByBusinessKey(string businessKey) =>
        string.IsNullOrWhiteSpace(businessKey)
            ? throw new ArgumentException("A business key to aim a message at must not be empty.", nameof(businessKey))
            : new(null, null, businessKey);
}
