using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.State;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// One step: runs commands (and the commands their effects cause, in this and related instances) until
/// nothing is pending, then commits every touched row in one SaveChanges. Each touched instance's
/// Revision goes up by one, which is what makes a concurrent step on the same instance lose.
/// </summary>
internal sealed class StepTransaction(EngineServices engine, CancellationToken cancellationToken)
{
    private readonly Dictionary<Guid, LoadedInstance> _instances = [];
    private readonly Queue<(Guid InstanceId, EngineCommand Command)> _pending = new();
    private readonly EffectApplier _effects = new(engine);

    public DateTimeOffset Now { get; } = engine.Clock.GetUtcNow();

    /// <summary>The user tasks this step created or closed, told to the listeners after the commit.</summary>
    public List<UserTaskChange> TaskChanges { get; } = [];

    public CancellationToken CancellationToken => cancellationToken;

    public void Enqueue(Guid instanceId, EngineCommand command) => _pending.Enqueue((instanceId, command));

    /// <summary>A new instance; a called process belongs to its parent's tenant whatever <paramref name="tenantId"/> says.</summary>
    public LoadedInstance Create(
        WorkflowDefinitionRecord definition, Guid id, string? businessKey, Guid? tenantId, LoadedInstance? parent = null, Guid? parentWaitId = null)
    {
        var record = new WorkflowInstanceRecord
        {
            Id = id, DefinitionId = definition.Id, ProcessKey = definition.Key, Version = definition.Version,
            BusinessKey = businessKey, StartedAt = Now, ParentInstanceId = parent?.Record.Id,
            TenantId = parent is null ? tenantId : parent.Record.TenantId,
        };
        var state = new InstanceState
        {
            InstanceId = id, ProcessKey = definition.Key, BusinessKey = businessKey,
            ParentInstanceId = parent?.Record.Id, ParentWaitId = parentWaitId,
        };
        var loaded = new LoadedInstance(record, engine.Models.Get(definition), state, IsNew: true);
        _instances[id] = loaded;
        return loaded;
    }

    public async Task<LoadedInstance> LoadAsync(Guid instanceId)
    {
        if (_instances.TryGetValue(instanceId, out var loaded))
            return loaded;
        var record = await engine.Store.FindAsync<WorkflowInstanceRecord>(instanceId, cancellationToken)
            ?? throw new KeyNotFoundException($"Workflow instance {instanceId} does not exist.");
        var definition = await engine.Store.FindAsync<WorkflowDefinitionRecord>(record.DefinitionId, cancellationToken)
            ?? throw new InvalidOperationException($"The definition of instance {instanceId} is missing.");
        var state = engine.States.Take(record) ?? InstanceStateSerializer.Deserialize(record.StateJson, record.VariablesJson);
        loaded = new LoadedInstance(record, engine.Models.Get(definition), state, IsNew: false);
        _instances[instanceId] = loaded;
        return loaded;
    }

    public async Task RunAsync()
    {
        while (_pending.TryDequeue(out var next))
        {
            var instance = await LoadAsync(next.InstanceId);
            var environment = new ExecutionEnvironment(Now, engine.Expressions, engine.Calendar);
            var effects = engine.Executor.Execute(instance.Graph, instance.State, next.Command, environment);
            await _effects.ApplyAsync(instance, effects, this);
        }
    }

    private IReadOnlyDictionary<string, object?>? RootVariablesOf(Guid instanceId) =>
        _instances.TryGetValue(instanceId, out var loaded) ? loaded.State.Scopes.FirstOrDefault(s => s.ParentId is null)?.Variables : null;

    public async Task CommitAsync()
    {
        using var span = Diagnostics.EngineTelemetry.StartStep();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var (record, _, state, isNew) in _instances.Values)
        {
            // The root scope's variables are stored once, in VariablesJson; the state keeps the rest.
            (record.StateJson, record.VariablesJson) = InstanceStateSerializer.SerializeSplit(state);
            record.Status = (WorkflowInstanceStatus)state.Status;
            if (state.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
                record.EndedAt ??= Now;
            record.Revision++;
            if (isNew)
                engine.Store.Add(record);
            else
                engine.Store.Update(record);
        }
        await engine.Listeners.CommittingAsync(new StepCommitting(TaskChanges, RootVariablesOf), cancellationToken);
        try
        {
            await engine.Store.SaveChangesAsync(cancellationToken);
        }
        catch (WorkflowConflictException)
        {
            Diagnostics.EngineTelemetry.Conflict();
            throw;
        }
        foreach (var (record, _, state, _) in _instances.Values)
            engine.States.Keep(record, state);
        Diagnostics.EngineTelemetry.StepCommitted(_instances.Count, started);
    }
}
