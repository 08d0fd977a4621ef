using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Workflows.Engine.Facade;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>
/// The engine as the Host uses it (scoped). Each command is one step: it commits the instance state, the
/// records it touched and the domain changes of the activities it ran together, then dispatches the outbox.
/// Conflicting steps throw <see cref="WorkflowConflictException"/> and write nothing.
/// </summary>
public interface IWorkflowRuntime
{
    Task<DeploymentResult> DeployAsync(string xml, string? deployedBy = null, CancellationToken cancellationToken = default);

    ValidationReport Validate(string xml);

    /// <summary>Starts the latest version of <paramref name="processKey"/> for <paramref name="tenantId"/> (null: no tenant).</summary>
    Task<Guid> StartAsync(string processKey, string? businessKey, Vars? variables = null, Guid? tenantId = null, CancellationToken cancellationToken = default);

    Task<InstanceSnapshot?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task CancelAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(UserTaskQuery query, CancellationToken cancellationToken = default);

    Task ClaimTaskAsync(Guid taskId, string user, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed task back to its candidate groups; only its assignee may.</summary>
    Task ReleaseTaskAsync(Guid taskId, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives an open task to <paramref name="user"/> whoever holds it, in one save (with whatever else the
    /// caller's unit of work holds): a conflict leaves the task as it was.
    /// </summary>
    Task ReassignTaskAsync(Guid taskId, string user, CancellationToken cancellationToken = default);

    Task CompleteTaskAsync(Guid taskId, Vars? variables, string? user, CancellationToken cancellationToken = default);

    /// <summary>Publishes a message within <paramref name="tenantId"/>'s instances (null: any tenant's).</summary>
    Task<CorrelationResult> CorrelateMessageAsync(
        string messageName, string correlationKey, Vars? variables = null, Guid? tenantId = null, CancellationToken cancellationToken = default);

    /// <summary>Publishes a message aimed by key, at one instance or at the instances of a business key (<see cref="MessageTarget"/>).</summary>
    Task<CorrelationResult> CorrelateMessageAsync(
        string messageName, MessageTarget target, Vars? variables = null, Guid? tenantId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Broadcasts a signal to every waiting signal catch of <paramref name="tenantId"/>'s instances and starts the
    /// processes with a matching signal start event for that tenant; null reaches only instances without a tenant.
    /// </summary>
    Task<SignalBroadcastResult> BroadcastSignalAsync(string signalName, Guid? tenantId, Vars? variables = null, CancellationToken cancellationToken = default);

    /// <summary>Fires a due pending timer; false (and nothing done) when it is not pending or not yet due.</summary>
    Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken = default);

    Task<TimerRecord?> FindTimerAsync(Guid timerId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TimerRecord>> PendingTimersAsync(CancellationToken cancellationToken = default);

    /// <summary>Re-executes the incident's element, after merging corrected <paramref name="variables"/>.</summary>
    Task RetryIncidentAsync(Guid incidentId, Vars? variables = null, CancellationToken cancellationToken = default);
}
