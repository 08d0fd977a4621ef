using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>A gateway (or any node) without outgoing flows ends the token's path, as an end event would.</summary>
public abstract class PathEndScenarios : EventScenarioBase
{
    [Fact]
    public async Task Parallel_join_and_exclusive_gateway_without_outgoing_flow_end_their_paths()
    {
        var id = await StartAsync("dead-end-gateways.bpmn", "dead_end_gateways");
        Assert.Equal(["A", "B", "C"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "A");
        await CompleteAsync(id, "C");
        var waiting = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Active, waiting.Status);
        Assert.Empty(waiting.Incidents);
        await CompleteAsync(id, "B");
        var done = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Completed, done.Status);
        Assert.Empty(done.Incidents);
    }
}
