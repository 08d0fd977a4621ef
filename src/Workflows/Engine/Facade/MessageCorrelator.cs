using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Facade;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>
/// Publishes a message: to the oldest open subscription its <see cref="MessageTarget"/> reaches; else to a new
/// instance of a process whose start event catches it; else into the buffer for the configured time to live.
/// Aimed at an instance, it never starts one, and it waits in the buffer under that instance's own key.
/// With a tenant, only that tenant's instances, subscriptions and buffered messages are matched, and what it
/// starts or buffers belongs to that tenant.
/// </summary>
internal sealed class MessageCorrelator(EngineServices engine, WorkflowRuntime runtime)
{
    public async Task<CorrelationResult> CorrelateAsync(string name, MessageTarget target, Vars variables, Guid? tenantId, CancellationToken cancellationToken)
    {
        var (subscription, instances) = await FindSubscriptionAsync(name, target, tenantId, cancellationToken);
        if (subscription is not null)
        {
            await runtime.RunAsync(subscription.InstanceId, new DeliverMessage(subscription.Id, variables), cancellationToken);
            return CorrelationResult.Delivered;
        }
        var startKey = target.InstanceId is null ? target.CorrelationKey ?? target.BusinessKey! : null;
        if (startKey is not null && (target.BusinessKey is null || instances.Count == 0)
            && await FindMessageStartAsync(name, cancellationToken) is { } start)
        {
            var step = new StepTransaction(engine, cancellationToken);
            var instance = step.Create(start.Definition, Guid.NewGuid(), startKey.Length > 0 ? startKey : null, tenantId);
            step.Enqueue(instance.Record.Id, new StartInstance(variables, start.StartEventId));
            await runtime.RunAndCommitAsync(step);
            return CorrelationResult.StartedInstance;
        }
        await BufferAsync(name, BufferKey(target, instances), variables, tenantId, cancellationToken);
        return CorrelationResult.Buffered;
    }

    private async Task<(MessageSubscriptionRecord? Subscription, IReadOnlyList<Guid> Instances)> FindSubscriptionAsync(
        string name, MessageTarget target, Guid? tenantId, CancellationToken cancellationToken)
    {
        if (target.CorrelationKey is { } key)
            return (await engine.Store.OpenSubscriptionAsync(name, key, tenantId, cancellationToken), []);
        var instances = target.InstanceId is { } id
            ? await OpenInstanceAsync(id, tenantId, cancellationToken)
            : await engine.Store.OpenInstanceIdsAsync(target.BusinessKey!, tenantId, cancellationToken);
        return instances.Count == 0 ? (null, instances) : (await engine.Store.OpenSubscriptionInAsync(name, instances, cancellationToken), instances);
    }

    /// <summary>Another tenant's instance answers as if it did not exist.</summary>
    private async Task<IReadOnlyList<Guid>> OpenInstanceAsync(Guid id, Guid? tenantId, CancellationToken cancellationToken)
    {
        var instance = await engine.Store.FindAsync<WorkflowInstanceRecord>(id, cancellationToken);
        if (instance is null || (tenantId is not null && instance.TenantId != tenantId))
            throw new KeyNotFoundException($"Workflow instance {id} does not exist.");
        return instance.EndedAt is null
            ? [id]
            : throw new WorkflowConflictException($"Workflow instance {id} has ended; it takes no more messages.");
    }

    /// <summary>Aimed at instances, the message waits for the oldest one's keyless catch; else under its key.</summary>
    private static string BufferKey(MessageTarget target, IReadOnlyList<Guid> instances) =>
        target.CorrelationKey ?? (instances.Count > 0 ? MessageKeys.ForInstance(instances[0]) : target.BusinessKey!);

    private async Task BufferAsync(string name, string key, Vars variables, Guid? tenantId, CancellationToken cancellationToken)
    {
        var now = engine.Clock.GetUtcNow();
        engine.Store.Add(new BufferedMessageRecord
        {
            TenantId = tenantId, MessageName = name, CorrelationKey = key, VariablesJson = VariablesJson.Serialize(PlainValue.NormalizeMap(variables)),
            PublishedAt = now, ExpiresAt = now + engine.Options.MessageTimeToLive,
        });
        await engine.Store.SaveChangesAsync(cancellationToken);
    }

    private async Task<(WorkflowDefinitionRecord Definition, string StartEventId)?> FindMessageStartAsync(string name, CancellationToken cancellationToken)
    {
        foreach (var definition in await engine.Store.LatestDefinitionsAsync(cancellationToken))
        {
            var graph = engine.Models.Get(definition);
            var start = graph.Process.Content.Nodes.OfType<EventNode>().FirstOrDefault(e => e.Kind == FlowNodeKind.StartEvent
                && e.Definition is MessageEventDefinition m && graph.Definitions.FindMessage(m.MessageRef)?.Name == name);
            if (start is not null)
                return (definition, start.Id);
        }
        return null;
    }
}
