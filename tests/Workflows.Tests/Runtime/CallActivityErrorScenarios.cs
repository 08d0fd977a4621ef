using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>
/// A BPMN error thrown in a called process and not caught there reaches the call activity's error boundary,
/// and further up the callers' scopes; the called instances are then cancelled. Caught nowhere, the incident
/// stays where the error was thrown and the callers wait.
/// </summary>
public abstract class CallActivityErrorScenarios : EventScenarioBase
{
    private const string File = "call-errors.bpmn";

    [Fact]
    public async Task Error_from_a_called_process_is_caught_by_the_call_activity_boundary_and_the_child_is_cancelled()
    {
        var id = await StartAsync(File, "error_parent");
        var childTask = await RequestTaskAsync(id, "ChildWork");
        await CompleteRequestTaskAsync(id, "ChildWork", Vars(("result", "NO_MONEY")));

        Assert.Equal(["HandleNoMoney"], await OpenTaskIdsAsync(id));
        var parent = await SnapshotAsync(id);
        Assert.Equal("NO_MONEY", parent.Variables["errorCode"]);
        Assert.Equal(WorkflowInstanceStatus.Active, parent.Status);
        var child = await SnapshotAsync(childTask.InstanceId);
        Assert.Equal(WorkflowInstanceStatus.Cancelled, child.Status);
        Assert.Empty(child.Incidents);
    }

    [Fact]
    public async Task Error_no_caller_catches_is_an_incident_where_it_was_thrown_and_the_caller_waits()
    {
        var id = await StartAsync(File, "error_parent");
        var childTask = await RequestTaskAsync(id, "ChildWork");
        await CompleteRequestTaskAsync(id, "ChildWork", Vars(("result", "OTHER")));

        var child = await SnapshotAsync(childTask.InstanceId);
        Assert.Equal(WorkflowInstanceStatus.Incident, child.Status);
        var incident = Assert.Single(child.Incidents);
        Assert.Equal(("endOther", "UnhandledError"), (incident.ElementId, incident.Kind));
        Assert.Contains("'OTHER'", incident.Message);
        var parent = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Active, parent.Status);
        Assert.Equal(["Call"], parent.ActiveElementIds);
    }

    [Fact]
    public async Task A_boundary_naming_the_error_wins_over_a_catch_all_which_takes_every_other_error()
    {
        var specific = await StartAsync(File, "error_parent_any");
        await CompleteRequestTaskAsync(specific, "ChildWork", Vars(("result", "NO_MONEY")));
        Assert.Equal(["HandleNoMoney"], await OpenTaskIdsAsync(specific));

        var other = await StartAsync(File, "error_parent_any");
        await CompleteRequestTaskAsync(other, "ChildWork", Vars(("result", "OTHER")));
        Assert.Equal(["HandleAny"], await OpenTaskIdsAsync(other));
        Assert.Equal("OTHER", (await SnapshotAsync(other)).Variables["errorCode"]);
    }

    [Fact]
    public async Task Error_passes_up_two_callers_to_the_boundary_of_an_enclosing_sub_process()
    {
        var id = await StartAsync(File, "error_grandparent");
        var childTask = await RequestTaskAsync(id, "ChildWork");
        await CompleteRequestTaskAsync(id, "ChildWork", Vars(("result", "OTHER")));

        Assert.Equal(["HandleOther"], await OpenTaskIdsAsync(id));
        var grandparent = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Active, grandparent.Status);
        Assert.Equal(["HandleOther"], (await RequestTasksAsync(id)).Select(t => t.ElementId).ToArray());
        Assert.Equal(WorkflowInstanceStatus.Cancelled, (await SnapshotAsync(childTask.InstanceId)).Status);
    }

    [Fact]
    public async Task A_called_process_that_ends_normally_still_continues_its_caller()
    {
        var id = await StartAsync(File, "error_parent");
        await CompleteRequestTaskAsync(id, "ChildWork", Vars(("result", "FINE")));
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
    }
}
