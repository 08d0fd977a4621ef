using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Workflows.Tests.Runtime.Events;

/// <summary>A message whose definition has no correlation key is aimed at one instance by its id or business key.</summary>
public abstract class MessageTargetTests : WorkflowScenarioBase
{
    [Fact]
    public async Task Aimed_at_an_instance_id_it_reaches_only_that_instance()
    {
        var (first, second) = (await WaitingAsync("BK-1"), await WaitingAsync("BK-2"));
        var result = await InScope(r => r.CorrelateMessageAsync("MeterRead", MessageTarget.ByInstance(second), Vars(("reading", 42))));
        Assert.Equal(CorrelationResult.Delivered, result);
        Assert.Equal(["Done"], await OpenTaskIdsAsync(second));
        Assert.Equal(42L, (await SnapshotAsync(second)).Variables["reading"]);
        Assert.Contains("read", (await SnapshotAsync(first)).ActiveElementIds);
    }

    [Fact]
    public async Task Aimed_at_a_business_key_it_reaches_that_key_s_instance()
    {
        var (first, second) = (await WaitingAsync("BK-1"), await WaitingAsync("BK-2"));
        Assert.Equal(CorrelationResult.Delivered, await InScope(r => r.CorrelateMessageAsync("MeterRead", MessageTarget.ByBusinessKey("BK-1"))));
        Assert.Equal(["Done"], await OpenTaskIdsAsync(first));
        Assert.Contains("read", (await SnapshotAsync(second)).ActiveElementIds);
    }

    [Fact]
    public async Task Several_waiting_instances_never_share_an_empty_key()
    {
        var (first, second) = (await WaitingAsync("BK-1"), await WaitingAsync("BK-2"));
        Assert.Equal(CorrelationResult.Buffered, await InScope(r => r.CorrelateMessageAsync("MeterRead", "")));
        Assert.Contains("read", (await SnapshotAsync(first)).ActiveElementIds);
        Assert.Contains("read", (await SnapshotAsync(second)).ActiveElementIds);
    }

    [Fact]
    public async Task Aimed_at_an_instance_before_its_catch_waits_it_is_buffered_for_that_instance()
    {
        await DeployAsync("keyless-message.bpmn");
        var early = await InScope(r => r.StartAsync("keyless_message", "BK-1"));
        var other = await WaitingAsync("BK-2");
        Assert.Equal(CorrelationResult.Buffered, await InScope(r => r.CorrelateMessageAsync("MeterRead", MessageTarget.ByInstance(early))));
        Assert.Contains("read", (await SnapshotAsync(other)).ActiveElementIds);
        await CompleteAsync(early, "Prepare");
        Assert.Equal(["Done"], await OpenTaskIdsAsync(early));
    }

    [Fact]
    public async Task An_unknown_or_ended_instance_is_refused()
    {
        await DeployAsync("keyless-message.bpmn");
        await Assert.ThrowsAsync<KeyNotFoundException>(() => InScope(r => r.CorrelateMessageAsync("MeterRead", MessageTarget.ByInstance(Guid.NewGuid()))));
        var id = await InScope(r => r.StartAsync("keyless_message", "BK-1"));
        await InScope(r => r.CancelAsync(id));
        await Assert.ThrowsAsync<Engine.Persistence.WorkflowConflictException>(() => InScope(r => r.CorrelateMessageAsync("MeterRead", MessageTarget.ByInstance(id))));
    }

    private async Task<Guid> WaitingAsync(string businessKey)
    {
        await DeployAsync("keyless-message.bpmn");
        var id = await InScope(r => r.StartAsync("keyless_message", businessKey));
        await CompleteAsync(id, "Prepare");
        return id;
    }
}
