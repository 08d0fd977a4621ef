using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>
/// Event sub-processes started by a message, a timer or an error, interrupting and not, in the process and in
/// an embedded sub-process. The scope they belong to completes only when they have ended too.
/// </summary>
public abstract class EventSubProcessScenarios : EventScenarioBase
{
    private const string File = "event-subprocess.bpmn";

    private async Task<(Guid Id, string Key)> StartWithKeyAsync(string processKey)
    {
        var key = Guid.NewGuid().ToString("N");
        return (await StartAsync(File, processKey, Vars(("requestId", key))), key);
    }

    [Fact]
    public async Task Interrupting_message_start_cancels_the_work_and_stops_listening()
    {
        var (id, key) = await StartWithKeyAsync("esp_message_interrupting");
        Assert.Equal(["Work"], await OpenTaskIdsAsync(id));

        Assert.Equal(CorrelationResult.Delivered, await PublishAsync("Withdraw", key));

        Assert.Equal(["Withdrawn"], await OpenTaskIdsAsync(id));
        var all = await InScope(r => r.QueryTasksAsync(new UserTaskQuery(InstanceId: id, Status: null)));
        Assert.Equal(UserTaskStatus.Cancelled, all.Single(t => t.ElementId == "Work").Status);
        Assert.Equal("customer", (await SnapshotAsync(id)).Variables["publishedBy"]);
        Assert.Equal(CorrelationResult.Buffered, await PublishAsync("Withdraw", key));
        await CompleteAsync(id, "Withdrawn");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Non_interrupting_message_start_runs_beside_the_work_each_time_and_the_process_waits_for_it()
    {
        var (id, key) = await StartWithKeyAsync("esp_message_non_interrupting");
        Assert.Equal(CorrelationResult.Delivered, await PublishAsync("Note", key));
        Assert.Equal(CorrelationResult.Delivered, await PublishAsync("Note", key));
        Assert.Equal(["ReadNote", "ReadNote", "Work"], await OpenTaskIdsAsync(id));

        await CompleteAsync(id, "Work");
        await CompleteAsync(id, "ReadNote");
        Assert.Equal(WorkflowInstanceStatus.Active, (await SnapshotAsync(id)).Status);
        await CompleteAsync(id, "ReadNote");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
        Assert.Equal(CorrelationResult.Buffered, await PublishAsync("Note", key));
    }

    [Fact]
    public async Task Interrupting_timer_start_cancels_the_work()
    {
        var (id, _) = await StartWithKeyAsync("esp_timer_interrupting");
        var timer = Assert.Single(await PendingTimersAsync(id));
        Assert.Equal(Clock.GetUtcNow().AddHours(2), timer.DueAt);

        await FireNextTimerAsync(id);

        Assert.Equal(["Late"], await OpenTaskIdsAsync(id));
        Assert.Empty(await PendingTimersAsync(id));
    }

    [Fact]
    public async Task Non_interrupting_cycle_timer_start_fires_each_repetition_beside_the_work()
    {
        var (id, _) = await StartWithKeyAsync("esp_timer_non_interrupting");
        await FireNextTimerAsync(id);
        await FireNextTimerAsync(id);

        Assert.Empty(await PendingTimersAsync(id));
        Assert.Equal(["Remind", "Remind", "Work"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task Timer_start_is_cancelled_when_its_process_completes_first()
    {
        var (id, _) = await StartWithKeyAsync("esp_timer_non_interrupting");
        Assert.Single(await PendingTimersAsync(id));
        await CompleteAsync(id, "Work");
        Assert.Empty(await PendingTimersAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Error_start_catches_an_error_thrown_by_an_activity_of_the_process()
    {
        var id = await StartAsync(File, "esp_error", Vars(("balance", 0)));
        Assert.Equal(["AskForMoney"], await OpenTaskIdsAsync(id));
        Assert.Equal("NO_MONEY", (await SnapshotAsync(id)).Variables["errorCode"]);
        await CompleteAsync(id, "AskForMoney");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Error_start_inside_a_sub_process_catches_before_the_sub_process_boundary_and_the_sub_process_then_completes()
    {
        var id = await StartAsync(File, "esp_error_in_subprocess", Vars(("balance", 0)));
        Assert.Equal(["AskForMoney"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "AskForMoney");
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task Cancelling_the_instance_closes_the_bookmarks_of_its_event_sub_processes()
    {
        var (id, key) = await StartWithKeyAsync("esp_timer_interrupting");
        await InScope(r => r.CancelAsync(id));
        Assert.Empty(await PendingTimersAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Cancelled, (await SnapshotAsync(id)).Status);
        var (withdrawable, withdrawKey) = await StartWithKeyAsync("esp_message_interrupting");
        await InScope(r => r.CancelAsync(withdrawable));
        Assert.Equal(CorrelationResult.Buffered, await PublishAsync("Withdraw", withdrawKey));
        Assert.NotEqual(key, withdrawKey);
    }

    [Fact]
    public async Task In_a_sub_process_a_non_interrupting_timer_runs_beside_and_an_interrupting_message_ends_the_sub_process()
    {
        var (id, key) = await StartWithKeyAsync("esp_in_subprocess");
        await FireNextTimerAsync(id);
        Assert.Equal(["Inner", "Nudge"], await OpenTaskIdsAsync(id));

        Assert.Equal(CorrelationResult.Delivered, await PublishAsync("StopSub", key));

        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
        Assert.Equal(CorrelationResult.Buffered, await PublishAsync("StopSub", key));
    }

    [Fact]
    public async Task A_sub_process_that_completes_stops_its_event_sub_processes_listening()
    {
        var (id, key) = await StartWithKeyAsync("esp_in_subprocess");
        await CompleteAsync(id, "Inner");
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
        Assert.Empty(await PendingTimersAsync(id));
        Assert.Equal(CorrelationResult.Buffered, await PublishAsync("StopSub", key));
    }
}
