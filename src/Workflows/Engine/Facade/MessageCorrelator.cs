using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Facade;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>
/// Publishes a message: to the oldest open subscription with that name and key; else to a new instance of
/// a process whose start event catches it; else into the buffer for the configured time to live.
/// With a tenant, only that tenant's subscriptions and buffered messages are matched, and what it starts or
/// buffers belongs to that tenant.
/// </summary>
internal sealed class MessageCorrelator(EngineServices engine, WorkflowRuntime runtime)
{
    public async Task<CorrelationResult> CorrelateAsync(string name, string key, Vars variables, Guid? tenantId, CancellationToken cancellationToken)
    {
        if (await engine.Store.OpenSubscriptionAsync(name, key, tenantId, cancellationToken) is { } subscription)
        {
            await runtime.RunAsync(subscription.InstanceId, new DeliverMessage(subscription.Id, variables), cancellationToken);
            return CorrelationResult.Delivered;
        }
        if (await FindMessageStartAsync(name, cancellationToken) is { } start)
        {
            var step = new StepTransaction(engine, cancellationToken);
            var instance = step.Create(start.Definition, Guid.NewGuid(), key.Length > 0 ? key : null, tenantId);
            step.Enqueue(instance.Record.Id, new StartInstance(variables, start.StartEventId));
            await runtime.RunAndCommitAsync(step);
            return CorrelationResult.StartedInstance;
        }
        var now = engine.Clock.GetUtcNow();
        engine.Store.Add(new BufferedMessageRecord
        {
            TenantId = tenantId, MessageName = name, CorrelationKey = key, VariablesJson = VariablesJson.Serialize(PlainValue.NormalizeMap(variables)),
            PublishedAt = now, ExpiresAt = now + engine.Options.MessageTimeToLive,
        });
        await engine.Store.SaveChangesAsync(cancellationToken);
        return CorrelationResult.Buffered;
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
