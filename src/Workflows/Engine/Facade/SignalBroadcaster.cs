using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime.Commands;

namespace Orchestrator.Workflows.Engine.Facade;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>
/// Broadcasts a signal within one tenant, inside the step that sends it: every open catch of that name
/// (committed, or opened earlier in the same step) is delivered to, and every latest process version with a
/// signal start event of that name, shared or the tenant's own, starts an instance for the tenant. A null
/// tenant reaches only instances without one. The whole broadcast commits or fails as one step.
/// </summary>
internal sealed class SignalBroadcaster(EngineServices engine)
{
    public async Task<SignalBroadcastResult> EnqueueAsync(StepTransaction step, string name, Guid? tenantId, Vars variables,
        IEnumerable<SignalSubscriptionRecord> openedInThisStep)
    {
        var committed = await engine.Store.OpenSignalSubscriptionsAsync(name, tenantId, step.CancellationToken);
        var subscriptions = committed
            .Concat(openedInThisStep.Where(s => s.IsOpen && s.SignalName == name && s.TenantId == tenantId))
            .DistinctBy(s => s.Id).ToList();
        foreach (var subscription in subscriptions)
            step.Enqueue(subscription.InstanceId, new DeliverSignal(subscription.Id, variables));
        var started = 0;
        foreach (var (definition, startEventId) in await SignalStartsAsync(name, tenantId, step.CancellationToken))
        {
            var instance = step.Create(definition, Guid.NewGuid(), null, tenantId);
            step.Enqueue(instance.Record.Id, new StartInstance(variables, startEventId));
            started++;
        }
        return new SignalBroadcastResult(subscriptions.Count, started);
    }

    private async Task<List<(WorkflowDefinitionRecord Definition, string StartEventId)>> SignalStartsAsync(
        string name, Guid? tenantId, CancellationToken cancellationToken)
    {
        var starts = new List<(WorkflowDefinitionRecord, string)>();
        foreach (var definition in await engine.Store.LatestDefinitionsAsync(cancellationToken))
        {
            if (definition.TenantId is not null && definition.TenantId != tenantId)
                continue;
            var graph = engine.Models.Get(definition);
            var start = graph.Process.Content.Nodes.OfType<EventNode>().FirstOrDefault(e => e.Kind == FlowNodeKind.StartEvent
                && e.Definition is SignalEventDefinition s && graph.Definitions.FindSignal(s.SignalRef)?.Name == name);
            if (start is not null)
                starts.Add((definition, start.Id));
        }
        return starts;
    }
}
