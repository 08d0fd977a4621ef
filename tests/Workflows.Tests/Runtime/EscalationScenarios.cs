using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>
/// Escalations thrown by intermediate and end events, caught by boundary events on sub-processes and call
/// activities and by event sub-processes, interrupting and not.
/// </summary>
public abstract class EscalationScenarios : EventScenarioBase
{
    private const string File = "escalation.bpmn";

    [Fact]
    public async Task Interrupting_boundary_on_a_sub_process_cancels_it_at_the_throw()
    {
        var id = await StartAsync(File, "escalation_boundary");
        await CompleteAsync(id, "Work");
        Assert.Equal(["Escalated"], await OpenTaskIdsAsync(id));
        Assert.Equal("LATE", (await SnapshotAsync(id)).Variables["escalationCode"]);
    }

    [Fact]
    public async Task Non_interrupting_boundary_on_a_sub_process_lets_the_thrower_go_on()
    {
        var id = await StartAsync(File, "escalation_boundary_non_interrupting");
        await CompleteAsync(id, "Work");
        Assert.Equal(["Escalated", "More"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "More");
        Assert.Equal(["After", "Escalated"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task Interrupting_event_sub_process_catches_an_escalation_end_event_and_ends_the_process()
    {
        var id = await StartAsync(File, "escalation_esp");
        await CompleteAsync(id, "Work");
        Assert.Equal(["Notify"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "Notify");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Non_interrupting_event_sub_process_runs_beside_the_process_after_an_escalation_end_event()
    {
        var id = await StartAsync(File, "escalation_esp_non_interrupting");
        await CompleteAsync(id, "Work");
        Assert.Equal(["After", "Notify"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "After");
        Assert.Equal(WorkflowInstanceStatus.Active, (await SnapshotAsync(id)).Status);
        await CompleteAsync(id, "Notify");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Interrupting_boundary_on_a_call_activity_catches_the_child_escalation_and_cancels_the_child()
    {
        var id = await StartAsync(File, "esc_parent");
        var childTask = await RequestTaskAsync(id, "ChildWork");
        await CompleteRequestTaskAsync(id, "ChildWork");
        Assert.Equal(["Escalated"], (await RequestTasksAsync(id)).Select(t => t.ElementId).ToArray());
        Assert.Equal(WorkflowInstanceStatus.Cancelled, (await SnapshotAsync(childTask.InstanceId)).Status);
    }

    [Fact]
    public async Task Non_interrupting_boundary_on_a_call_activity_lets_the_child_go_on()
    {
        var id = await StartAsync(File, "esc_parent_non_interrupting");
        await CompleteRequestTaskAsync(id, "ChildWork");
        Assert.Equal(["ChildMore", "Escalated"], (await RequestTasksAsync(id)).Select(t => t.ElementId).ToArray());
        await CompleteRequestTaskAsync(id, "ChildMore");
        Assert.Equal(["After", "Escalated"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task An_escalation_nobody_catches_changes_nothing()
    {
        await DeployAsync(File);
        var child = await InScope(r => r.StartAsync("esc_child", "BK-" + Guid.NewGuid().ToString("N")[..6]));
        await CompleteAsync(child, "ChildWork");
        var snapshot = await SnapshotAsync(child);
        Assert.Equal(WorkflowInstanceStatus.Active, snapshot.Status);
        Assert.Empty(snapshot.Incidents);
        Assert.Equal(["ChildMore"], await OpenTaskIdsAsync(child));
    }
}
