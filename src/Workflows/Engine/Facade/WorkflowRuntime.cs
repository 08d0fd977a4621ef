using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.State;
using Orchestrator.Workflows.Engine.Validation;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Facade;

using Vars = IReadOnlyDictionary<string, object?>;

/// <inheritdoc cref="IWorkflowRuntime"/>
public sealed class WorkflowRuntime(EngineServices engine) : IWorkflowRuntime
{
    private static readonly Vars NoVariables = new Dictionary<string, object?>();

    public Task<DeploymentResult> DeployAsync(string xml, string? deployedBy = null, CancellationToken cancellationToken = default) =>
        new DefinitionDeployer(engine).DeployAsync(xml, deployedBy, cancellationToken);

    public ValidationReport Validate(string xml) => engine.Validator.Validate(xml);

    public async Task<Guid> StartAsync(
        string processKey, string? businessKey, Vars? variables = null, Guid? tenantId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await engine.Store.HoldConnectionAsync(cancellationToken);
        var definition = await engine.Store.CurrentDefinitionAsync(processKey, cancellationToken)
            ?? throw new KeyNotFoundException($"No process '{processKey}' is deployed.");
        var step = new StepTransaction(engine, cancellationToken);
        var instance = step.Create(definition, Guid.NewGuid(), businessKey, tenantId);
        step.Enqueue(instance.Record.Id, new StartInstance(variables ?? NoVariables));
        await RunAndCommitAsync(step, connection);
        return instance.Record.Id;
    }

    public async Task<InstanceSnapshot?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var record = await engine.Store.FindAsync<WorkflowInstanceRecord>(instanceId, cancellationToken);
        if (record is null)
            return null;
        var state = InstanceStateSerializer.Deserialize(record.StateJson, record.VariablesJson);
        var incidents = await engine.Store.OpenIncidentsAsync(instanceId, cancellationToken);
        return new InstanceSnapshot(record.Id, record.ProcessKey, record.Version, record.BusinessKey, record.Status,
            VariablesJson.Deserialize(record.VariablesJson), state.ActiveElementIds().ToList(), incidents, record.Revision);
    }

    public Task CancelAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, new CancelInstance(), cancellationToken);

    public Task<IReadOnlyList<UserTaskRecord>> QueryTasksAsync(UserTaskQuery query, CancellationToken cancellationToken = default) =>
        engine.Store.QueryUserTasksAsync(query, cancellationToken);

    public async Task ClaimTaskAsync(Guid taskId, string user, CancellationToken cancellationToken = default)
    {
        var task = await OpenTaskAsync(taskId, cancellationToken);
        if (task.Assignee is not null && task.Assignee != user)
            throw new WorkflowConflictException($"Task '{task.Name ?? task.ElementId}' is already claimed by {task.Assignee}.");
        (task.Assignee, task.ClaimedAt, task.Revision) = (user, engine.Clock.GetUtcNow(), task.Revision + 1);
        engine.Store.Update(task);
        await engine.Store.SaveChangesAsync(cancellationToken);
        await engine.Listeners.NotifyAsync([StepListeners.Change(task, UserTaskChangeKind.Claimed)], cancellationToken);
    }

    public async Task ReassignTaskAsync(Guid taskId, string user, CancellationToken cancellationToken = default)
    {
        var task = await OpenTaskAsync(taskId, cancellationToken);
        List<UserTaskChange> changes = task.Assignee is null ? [] : [StepListeners.Change(task, UserTaskChangeKind.Released)];
        (task.Assignee, task.ClaimedAt, task.Revision) = (user, engine.Clock.GetUtcNow(), task.Revision + 1);
        engine.Store.Update(task);
        await engine.Store.SaveChangesAsync(cancellationToken);
        changes.Add(StepListeners.Change(task, UserTaskChangeKind.Claimed));
        await engine.Listeners.NotifyAsync(changes, cancellationToken);
    }

    public async Task ReleaseTaskAsync(Guid taskId, string user, CancellationToken cancellationToken = default)
    {
        var task = await OpenTaskAsync(taskId, cancellationToken);
        if (task.Assignee != user)
            throw new WorkflowConflictException($"Task '{task.Name ?? task.ElementId}' is not claimed by {user}.");
        var released = StepListeners.Change(task, UserTaskChangeKind.Released);
        (task.Assignee, task.ClaimedAt, task.Revision) = (null, null, task.Revision + 1);
        engine.Store.Update(task);
        await engine.Store.SaveChangesAsync(cancellationToken);
        await engine.Listeners.NotifyAsync([released], cancellationToken);
    }

    public async Task CompleteTaskAsync(Guid taskId, Vars? variables, string? user, CancellationToken cancellationToken = default)
    {
        await using var connection = await engine.Store.HoldConnectionAsync(cancellationToken);
        if (engine.Store.AttachCommittedTask(taskId) is { } remembered)
        {
            // The task and instance as this node committed them, unread: if the database moved on since, the save's
            // revision check writes nothing and the step runs again from what is stored.
            var guess = Completion(Open(remembered, taskId), variables, user, cancellationToken);
            if (await TryCommitAsync(guess))
            {
                await AfterCommitAsync(guess, connection);
                return;
            }
            engine.Store.DiscardUnitOfWork();
        }
        var task = Open(await engine.Store.FindTaskWithInstanceAsync(taskId, cancellationToken), taskId);
        await RunAndCommitAsync(Completion(task, variables, user, cancellationToken), connection);
    }

    private StepTransaction Completion(UserTaskRecord task, Vars? variables, string? user, CancellationToken cancellationToken)
    {
        var step = new StepTransaction(engine, cancellationToken);
        (task.Status, task.CompletedAt, task.CompletedBy, task.Revision) = (UserTaskStatus.Completed, step.Now, user, task.Revision + 1);
        engine.Store.Update(task);
        step.TaskChanges.Add(StepListeners.Change(task, UserTaskChangeKind.Completed));
        step.Enqueue(task.InstanceId, new CompleteUserTask(task.Id, variables ?? NoVariables));
        return step;
    }

    /// <summary>Runs and commits a step built on remembered rows; false when it failed and nothing was written.</summary>
    private async Task<bool> TryCommitAsync(StepTransaction step)
    {
        try
        {
            await CommitAsync(step);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A conflict, or a step that could not run on rows the database has moved past: the read decides.
            return false;
        }
    }

    public Task<CorrelationResult> CorrelateMessageAsync(
        string messageName, string correlationKey, Vars? variables = null, Guid? tenantId = null, CancellationToken cancellationToken = default) =>
        CorrelateMessageAsync(messageName, MessageTarget.ByKey(correlationKey), variables, tenantId, cancellationToken);

    public Task<CorrelationResult> CorrelateMessageAsync(
        string messageName, MessageTarget target, Vars? variables = null, Guid? tenantId = null, CancellationToken cancellationToken = default) =>
        new MessageCorrelator(engine, this).CorrelateAsync(messageName, target, variables ?? NoVariables, tenantId, cancellationToken);

    public async Task<SignalBroadcastResult> BroadcastSignalAsync(string signalName, Guid? tenantId, Vars? variables = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(signalName))
            throw new ArgumentException("A signal needs a name.", nameof(signalName));
        var step = new StepTransaction(engine, cancellationToken);
        var result = await new SignalBroadcaster(engine).EnqueueAsync(step, signalName, tenantId, variables ?? NoVariables, []);
        await RunAndCommitAsync(step);
        return result;
    }

    public async Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken = default)
    {
        var timer = await engine.Store.FindAsync<TimerRecord>(timerId, cancellationToken);
        if (timer is null || timer.Status != TimerStatus.Pending || timer.DueAt > engine.Clock.GetUtcNow())
            return false;
        if (timer.DefinitionId is not null)
            return await new StartTimers(engine).FireAsync(timer, this, cancellationToken);
        await RunAsync(timer.InstanceId, new FireTimer(timerId), cancellationToken);
        return true;
    }

    public Task<TimerRecord?> FindTimerAsync(Guid timerId, CancellationToken cancellationToken = default) =>
        engine.Store.FindAsync<TimerRecord>(timerId, cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> PendingTimersAsync(CancellationToken cancellationToken = default) =>
        engine.Store.PendingTimersAsync(cancellationToken);

    public async Task RetryIncidentAsync(Guid incidentId, Vars? variables = null, CancellationToken cancellationToken = default)
    {
        var incident = await engine.Store.FindAsync<IncidentRecord>(incidentId, cancellationToken);
        if (incident is not { Status: IncidentStatus.Open })
            throw new WorkflowConflictException($"Incident {incidentId} is not open.");
        await RunAsync(incident.InstanceId, new RetryIncident(incidentId, variables ?? NoVariables), cancellationToken);
    }

    internal async Task RunAsync(Guid instanceId, EngineCommand command, CancellationToken cancellationToken)
    {
        await using var connection = await engine.Store.HoldConnectionAsync(cancellationToken);
        var step = new StepTransaction(engine, cancellationToken);
        step.Enqueue(instanceId, command);
        await RunAndCommitAsync(step, connection);
    }

    /// <param name="heldConnection">
    /// The connection the caller holds for the step: given back as soon as the step has committed, so listeners and
    /// outbox handlers that open their own scopes never wait for a second connection while this one is held (with as
    /// many concurrent steps as the pool has connections, that wait would starve every step).
    /// </param>
    internal async Task RunAndCommitAsync(StepTransaction step, IAsyncDisposable? heldConnection = null)
    {
        await CommitAsync(step);
        await AfterCommitAsync(step, heldConnection);
    }

    private async Task CommitAsync(StepTransaction step)
    {
        try
        {
            await step.RunAsync();
            await step.CommitAsync();
        }
        catch
        {
            engine.Outbox.DiscardStaged();
            throw;
        }
    }

    private async Task AfterCommitAsync(StepTransaction step, IAsyncDisposable? heldConnection)
    {
        if (heldConnection is not null) await heldConnection.DisposeAsync();
        await engine.Listeners.NotifyAsync(step.TaskChanges, step.CancellationToken);
        if (engine.Options.DispatchOutboxAfterCommit)
            await engine.Outbox.DispatchStagedAsync(step.CancellationToken);
        else
            engine.Outbox.DiscardStaged();
    }

    private async Task<UserTaskRecord> OpenTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        Open(await engine.Store.FindAsync<UserTaskRecord>(taskId, cancellationToken), taskId);

    private static UserTaskRecord Open(UserTaskRecord? found, Guid taskId)
    {
        var task = found ?? throw new KeyNotFoundException($"Task {taskId} does not exist.");
        return task.Status == UserTaskStatus.Open
            ? task
            : throw new WorkflowConflictException($"Task '{task.Name ?? task.ElementId}' is already {task.Status.ToString().ToLowerInvariant()}.");
    }
}
