using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>One scenario per BPMN rule, run on every store by the subclasses.</summary>
public abstract class WorkflowSemanticsTests : WorkflowScenarioBase
{
    [Fact]
    public async Task Inclusive_join_waits_only_for_the_branches_that_were_taken()
    {
        var id = await StartAsync("inclusive-join.bpmn", "inclusive_join", Vars(("a", true), ("b", true)));
        Assert.Equal(["A", "B"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "A");
        Assert.Equal(["B"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "B");
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "After");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Parallel_join_fires_once_after_every_incoming_branch()
    {
        var id = await StartAsync("parallel-join.bpmn", "parallel_join");
        await CompleteAsync(id, "B");
        Assert.Equal(["A"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "A");
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task Event_gateway_message_first_cancels_the_timer()
    {
        var order = Guid.NewGuid().ToString();
        var id = await StartAsync("event-gateway-race.bpmn", "event_race", Vars(("orderId", order)));
        Assert.Single(await PendingTimersAsync(id));
        Assert.Equal(Engine.Facade.CorrelationResult.Delivered, await InScope(r => r.CorrelateMessageAsync("Paid", order, Vars(("paidAmount", 10)))));
        Assert.Empty(await PendingTimersAsync(id));
        Assert.Equal(["Ship"], await OpenTaskIdsAsync(id));
        Assert.Equal(10L, (await SnapshotAsync(id)).Variables["paidAmount"]);
    }

    [Fact]
    public async Task Event_gateway_timer_first_closes_the_subscription()
    {
        var order = Guid.NewGuid().ToString();
        var id = await StartAsync("event-gateway-race.bpmn", "event_race", Vars(("orderId", order)));
        await FireNextTimerAsync(id);
        Assert.Equal(["Remind"], await OpenTaskIdsAsync(id));
        Assert.Equal(Engine.Facade.CorrelationResult.Buffered, await InScope(r => r.CorrelateMessageAsync("Paid", order)));
        Assert.Equal(["Remind"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task Interrupting_boundary_timer_cancels_the_task()
    {
        var id = await StartAsync("boundary-timer-interrupting.bpmn", "boundary_interrupting");
        var timer = Assert.Single(await PendingTimersAsync(id));
        Assert.Equal(Clock.GetUtcNow().AddHours(1), timer.DueAt);
        Assert.False(await InScope(r => r.FireTimerAsync(timer.Id)));
        await FireNextTimerAsync(id);
        Assert.Equal(["Escalate"], await OpenTaskIdsAsync(id));
        var review = (await InScope(r => r.QueryTasksAsync(new(InstanceId: id, Status: null)))).Single(t => t.ElementId == "Review");
        Assert.Equal(UserTaskStatus.Cancelled, review.Status);
        Assert.False(await InScope(r => r.FireTimerAsync(timer.Id)));
    }

    [Fact]
    public async Task Non_interrupting_boundary_timer_keeps_the_task()
    {
        var id = await StartAsync("boundary-timer-non-interrupting.bpmn", "boundary_non_interrupting");
        await FireNextTimerAsync(id);
        Assert.Equal(["Escalate", "Review"], await OpenTaskIdsAsync(id));
        Assert.Empty(await PendingTimersAsync(id));
        await CompleteAsync(id, "Review");
        await CompleteAsync(id, "Escalate");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Cycling_boundary_timer_fires_its_three_repetitions()
    {
        var id = await StartAsync("boundary-timer-cycle.bpmn", "boundary_cycle");
        for (var i = 0; i < 3; i++)
            await FireNextTimerAsync(id);
        Assert.Empty(await PendingTimersAsync(id));
        Assert.Equal(3, (await OpenTasksAsync(id)).Count(t => t.ElementId == "Escalate"));
        Assert.Contains("Review", await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task Error_boundary_catches_a_bpmn_error_thrown_by_an_activity()
    {
        var id = await StartAsync("error-boundary.bpmn", "error_boundary", Vars(("balance", 0)));
        Assert.Equal(["AskForMoney"], await OpenTaskIdsAsync(id));
        Assert.Equal("NO_MONEY", (await SnapshotAsync(id)).Variables["errorCode"]);
        var paid = await StartAsync("error-boundary.bpmn", "error_boundary", Vars(("balance", 5)));
        Assert.Equal(["Done"], await OpenTaskIdsAsync(paid));
        Assert.Equal("charged", (await SnapshotAsync(paid)).Variables["outcome"]);
    }

    [Fact]
    public async Task Terminate_end_inside_a_sub_process_ends_only_that_sub_process()
    {
        var id = await StartAsync("terminate-in-subprocess.bpmn", "terminate_sub");
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
        var all = await InScope(r => r.QueryTasksAsync(new(InstanceId: id, Status: null)));
        Assert.Equal(UserTaskStatus.Cancelled, all.Single(t => t.ElementId == "Inner").Status);
        Assert.Equal(WorkflowInstanceStatus.Active, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Parallel_multi_instance_stops_when_its_completion_condition_holds()
    {
        var id = await StartAsync("multi-instance-parallel.bpmn", "mi_parallel", Vars(("voters", new[] { "ann", "bo", "cy" })));
        var votes = (await OpenTasksAsync(id)).Where(t => t.ElementId == "Vote").ToList();
        Assert.Equal(3, votes.Count);
        await InScope(r => r.CompleteTaskAsync(votes[0].Id, Vars(("approved", true)), "ann"));
        await InScope(r => r.CompleteTaskAsync(votes[1].Id, Vars(("approved", false)), "bo"));
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
        var collected = Assert.IsType<List<object?>>((await SnapshotAsync(id)).Variables["votes"]);
        Assert.Equal(3, collected.Count);
        Assert.Equal(2, collected.Count(v => v is string));
        Assert.Single(collected, v => v is null);
    }

    [Fact]
    public async Task Sequential_multi_instance_runs_in_order_and_collects_outputs()
    {
        var id = await StartAsync("multi-instance-sequential.bpmn", "mi_sequential", Vars(("numbers", new[] { 1, 2, 3, 4 })));
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
        var results = Assert.IsType<List<object?>>((await SnapshotAsync(id)).Variables["results"]);
        Assert.Equal(new List<object?> { 2L, 4L, 6L, null }, results);
    }

    [Fact]
    public async Task Call_activity_maps_variables_into_the_child_and_back()
    {
        await DeployAsync("call-child.bpmn");
        var id = await StartAsync("call-parent.bpmn", "call_parent", Vars(("amount", 5)));
        var snapshot = await SnapshotAsync(id);
        Assert.Equal(20L, snapshot.Variables["parentResult"]);
        Assert.False(snapshot.Variables.ContainsKey("childInput"));
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task A_message_published_before_its_catch_is_active_is_buffered_and_consumed()
    {
        var request = Guid.NewGuid().ToString();
        var id = await StartAsync("message-before-catch.bpmn", "early_message", Vars(("requestId", request)));
        Assert.Equal(Engine.Facade.CorrelationResult.Buffered, await InScope(r => r.CorrelateMessageAsync("Approved", request, Vars(("by", "manager")))));
        await CompleteAsync(id, "Prepare");
        Assert.Equal(["Done"], await OpenTaskIdsAsync(id));
        Assert.Equal("manager", (await SnapshotAsync(id)).Variables["by"]);
    }

    [Fact]
    public async Task Exclusive_gateway_without_a_match_raises_an_incident_that_a_retry_resolves()
    {
        var id = await StartAsync("exclusive-no-match.bpmn", "exclusive_no_match", Vars(("amount", 50)));
        var snapshot = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Incident, snapshot.Status);
        var incident = Assert.Single(snapshot.Incidents);
        Assert.Equal("size", incident.ElementId);
        Assert.Contains("no default flow", incident.Message);
        await InScope(r => r.RetryIncidentAsync(incident.Id, Vars(("amount", 500))));
        Assert.Equal(["Big"], await OpenTaskIdsAsync(id));
        snapshot = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Active, snapshot.Status);
        Assert.Empty(snapshot.Incidents);
    }

    [Fact]
    public async Task Cancel_ends_every_token_task_and_timer()
    {
        var id = await StartAsync("boundary-timer-interrupting.bpmn", "boundary_interrupting");
        await InScope(r => r.CancelAsync(id));
        var snapshot = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Cancelled, snapshot.Status);
        Assert.Empty(snapshot.ActiveElementIds);
        Assert.Empty(await OpenTasksAsync(id));
        Assert.Empty(await PendingTimersAsync(id));
    }

    [Fact]
    public async Task User_task_goes_to_its_candidate_groups_due_in_working_days()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var inbox = await InScope(r => r.QueryTasksAsync(new(CandidateGroup: "duty-manager")));
        var task = Assert.Single(inbox, t => t.InstanceId == id);
        Assert.Equal(["business-office", "duty-manager"], task.CandidateGroupList());
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 9, 0, 0, TimeSpan.Zero), task.DueAt);
        await InScope(r => r.ClaimTaskAsync(task.Id, "li"));
        Assert.Contains(await InScope(r => r.QueryTasksAsync(new(Assignee: "li"))), t => t.Id == task.Id);
        await Assert.ThrowsAsync<Engine.Persistence.WorkflowConflictException>(() => InScope(r => r.ClaimTaskAsync(task.Id, "wang")));
    }

    [Fact]
    public async Task Working_day_timer_counts_working_days_on_the_calendar()
    {
        Clock.Advance(TimeSpan.FromDays(4));
        var id = await StartAsync("working-day-timer.bpmn", "working_day_timer");
        var timer = Assert.Single(await PendingTimersAsync(id));
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.Zero), timer.DueAt);
        Assert.Equal("working-days", timer.Calendar);
        Assert.Equal("P3D", timer.Expression);
    }
}
