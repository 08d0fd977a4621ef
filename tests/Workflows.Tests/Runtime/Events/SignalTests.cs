using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime.Events;

/// <summary>
/// Signals: thrown by events or broadcast through the runtime, caught by every waiting catch of one company.
/// Each test runs in a company of its own, which also keeps the shared databases' earlier rows out of reach.
/// </summary>
public abstract class SignalTests : WorkflowScenarioBase
{
    private readonly Guid _company = Guid.NewGuid();

    [Fact]
    public async Task A_broadcast_reaches_every_waiting_intermediate_catch()
    {
        await DeployAsync("signal-catch.bpmn");
        var first = await StartInCompanyAsync("signal_catch");
        var second = await StartInCompanyAsync("signal_catch");
        var result = await InScope(r => r.BroadcastSignalAsync("PlannedOutage", _company, Vars(("area", "North"))));
        Assert.Equal(2, result.CatchesReached);
        Assert.Equal(["Informed"], await OpenTaskIdsAsync(first));
        Assert.Equal(["Informed"], await OpenTaskIdsAsync(second));
        Assert.Equal("North", (await SnapshotAsync(second)).Variables["area"]);
    }

    [Fact]
    public async Task A_broadcast_never_reaches_another_company()
    {
        await DeployAsync("signal-catch.bpmn");
        await DeployAsync("signal-start.bpmn");
        var ours = await StartInCompanyAsync("signal_catch");
        var theirs = await InScope(r => r.StartAsync("signal_catch", "BK-B", null, Guid.NewGuid()));
        var unowned = await InScope(r => r.StartAsync("signal_catch", "BK-C"));
        Assert.Equal(new SignalBroadcastResult(1, 1), await InScope(r => r.BroadcastSignalAsync("PlannedOutage", _company)));
        Assert.Equal(["Informed"], await OpenTaskIdsAsync(ours));
        Assert.Contains("outage", (await SnapshotAsync(theirs)).ActiveElementIds);
        Assert.Contains("outage", (await SnapshotAsync(unowned)).ActiveElementIds);
        Assert.All(await CompanyTasksAsync("signal_start"), t => Assert.Equal(_company, t.TenantId));
    }

    [Fact]
    public async Task An_interrupting_signal_boundary_cancels_the_activity()
    {
        await DeployAsync("signal-boundary.bpmn");
        var id = await StartInCompanyAsync("signal_boundary");
        await InScope(r => r.BroadcastSignalAsync("PlannedOutage", _company));
        Assert.Equal(["Paused"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "Paused");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_non_interrupting_signal_boundary_keeps_the_activity_and_catches_again()
    {
        await DeployAsync("signal-boundary.bpmn");
        var id = await StartInCompanyAsync("signal_boundary");
        await InScope(r => r.BroadcastSignalAsync("OutageOver", _company));
        Assert.Equal(["Resumed", "Work"], await OpenTaskIdsAsync(id));
        await InScope(r => r.BroadcastSignalAsync("OutageOver", _company));
        Assert.Equal(["Resumed", "Resumed", "Work"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task A_signal_start_event_starts_an_instance_per_broadcast()
    {
        await DeployAsync("signal-start.bpmn");
        Assert.Equal(new SignalBroadcastResult(0, 1), await InScope(r => r.BroadcastSignalAsync("PlannedOutage", _company)));
        Assert.Equal(new SignalBroadcastResult(0, 0), await InScope(r => r.BroadcastSignalAsync("SomethingElse", _company)));
        Assert.Single(await CompanyTasksAsync("signal_start"), t => t.ElementId == "OutageRound");
    }

    [Fact]
    public async Task Signal_throw_events_reach_catches_boundaries_starts_and_the_thrower_itself()
    {
        await DeployAsync("signal-catch.bpmn");
        await DeployAsync("signal-boundary.bpmn");
        await DeployAsync("signal-start.bpmn");
        await DeployAsync("signal-throw.bpmn");
        var catcher = await StartInCompanyAsync("signal_catch");
        var interrupted = await StartInCompanyAsync("signal_boundary");
        var elsewhere = await InScope(r => r.StartAsync("signal_catch", "BK-B", null, Guid.NewGuid()));

        var thrower = await StartInCompanyAsync("signal_throw", Vars(("area", "North"), ("secret", "not sent")));

        Assert.Equal(["AfterThrow", "CaughtOwn"], await OpenTaskIdsAsync(thrower));
        Assert.Equal(["Informed"], await OpenTaskIdsAsync(catcher));
        Assert.Equal("North", (await SnapshotAsync(catcher)).Variables["area"]);
        Assert.False((await SnapshotAsync(catcher)).Variables.ContainsKey("secret"));
        Assert.Equal(["Paused"], await OpenTaskIdsAsync(interrupted));
        Assert.Single(await CompanyTasksAsync("signal_start"));
        Assert.Contains("outage", (await SnapshotAsync(elsewhere)).ActiveElementIds);

        var waiting = await StartInCompanyAsync("signal_boundary");
        await CompleteAsync(thrower, "AfterThrow");
        Assert.Equal(["Resumed", "Work"], await OpenTaskIdsAsync(waiting));
        Assert.Equal(["CaughtOwn"], await OpenTaskIdsAsync(thrower));
    }

    [Fact]
    public async Task A_signal_reaches_no_catch_that_is_no_longer_waiting()
    {
        await DeployAsync("signal-boundary.bpmn");
        var id = await StartInCompanyAsync("signal_boundary");
        await CompleteAsync(id, "Work");
        Assert.Equal(0, (await InScope(r => r.BroadcastSignalAsync("PlannedOutage", _company))).CatchesReached);
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task After_an_event_based_gateway_the_signal_wins_and_closes_the_timer()
    {
        await DeployAsync("signal-event-gateway.bpmn");
        var won = await StartInCompanyAsync("signal_race");
        var lost = await StartInCompanyAsync("signal_race");
        await FireNextTimerAsync(lost);

        Assert.Equal(1, (await InScope(r => r.BroadcastSignalAsync("PlannedOutage", _company))).CatchesReached);

        Assert.Equal(["Postpone"], await OpenTaskIdsAsync(won));
        Assert.Empty(await PendingTimersAsync(won));
        Assert.Equal(["Visit"], await OpenTaskIdsAsync(lost));
    }

    [Fact]
    public async Task A_cancelled_instance_is_no_longer_reached()
    {
        await DeployAsync("signal-catch.bpmn");
        var id = await StartInCompanyAsync("signal_catch");
        await InScope(r => r.CancelAsync(id));
        Assert.Equal(0, (await InScope(r => r.BroadcastSignalAsync("PlannedOutage", _company))).CatchesReached);
        Assert.Equal(WorkflowInstanceStatus.Cancelled, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_signal_starts_an_interrupting_event_sub_process_and_a_non_interrupting_one_again_and_again()
    {
        await DeployAsync("signal-event-subprocess.bpmn");
        var id = await StartInCompanyAsync("signal_event_sub");

        await InScope(r => r.BroadcastSignalAsync("OutageOver", _company));
        await InScope(r => r.BroadcastSignalAsync("OutageOver", _company));
        Assert.Equal(["Informed", "Informed", "Work"], await OpenTaskIdsAsync(id));

        await InScope(r => r.BroadcastSignalAsync("PlannedOutage", _company));
        Assert.Equal(["Stopped"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "Stopped");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    private Task<Guid> StartInCompanyAsync(string processKey, Dictionary<string, object?>? variables = null) =>
        InScope(r => r.StartAsync(processKey, "BK-" + Guid.NewGuid().ToString("N")[..6], variables, _company));

    private async Task<List<UserTaskRecord>> CompanyTasksAsync(string processKey) =>
        (await InScope(r => r.QueryTasksAsync(new UserTaskQuery(Take: 1000))))
        .Where(t => t.ProcessKey == processKey && t.TenantId == _company).ToList();
}
