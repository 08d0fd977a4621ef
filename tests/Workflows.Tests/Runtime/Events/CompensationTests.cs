using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime.Events;

/// <summary>
/// Compensation: a fee, a deposit and works inside a sub-process are compensated in reverse order of completion,
/// each handler once, by an intermediate throw (whole scope or one activity) or a compensation end event.
/// Every step reloads the instance, so the remembered activities are read back from the store each time.
/// </summary>
public abstract class CompensationTests : WorkflowScenarioBase
{
    [Fact]
    public async Task A_throw_for_the_whole_scope_runs_every_handler_in_reverse_order_then_continues()
    {
        var id = await DecidedAsync("all");
        Assert.Equal(["Refill", "RefundDeposit", "RefundFee"], await HandlersInOrderAsync(id));
        Assert.Equal(["Closed"], await OpenTaskIdsAsync(id));
    }

    [Fact]
    public async Task A_throw_for_one_activity_runs_only_its_handler_and_each_handler_runs_once()
    {
        var id = await DecidedAsync("fee");
        Assert.Equal(["RefundFee"], await HandlersInOrderAsync(id));
        Assert.Equal(["FeeRefunded"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "FeeRefunded");
        Assert.Equal(["Refill", "RefundDeposit"], await HandlersInOrderAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_throw_naming_a_completed_sub_process_compensates_what_ran_inside_it()
    {
        var id = await DecidedAsync("works");
        Assert.Equal(["Refill"], await HandlersInOrderAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_sub_process_with_a_handler_of_its_own_is_compensated_by_that_handler_alone()
    {
        var id = await StartAsync("compensation-subprocess-handler.bpmn", "compensation_owner");
        await CompleteAsync(id, "Dig");
        Assert.Equal(["UndoWorks"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "UndoWorks");
        Assert.Empty(await OpenTaskIdsAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_compensation_end_event_ends_its_path_after_the_handlers()
    {
        var id = await DecidedAsync("end");
        Assert.Equal(WorkflowInstanceStatus.Active, (await SnapshotAsync(id)).Status);
        Assert.Equal(["Refill", "RefundDeposit", "RefundFee"], await HandlersInOrderAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Without_a_compensation_throw_no_handler_runs()
    {
        var id = await DecidedAsync("keep");
        Assert.Empty(await OpenTaskIdsAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_compensation_boundary_without_a_handler_and_a_throw_naming_no_compensable_activity_are_refused()
    {
        var xml = Support.BpmnFiles.Read("compensation.bpmn")
            .Replace("<bpmn:association id=\"a1\" sourceRef=\"feeComp\" targetRef=\"RefundFee\" associationDirection=\"One\" />", "")
            .Replace("activityRef=\"Fee\"", "activityRef=\"Decide\"");
        var report = await InScope(r => Task.FromResult(r.Validate(xml)));
        Assert.Contains(report.Errors, e => e.ElementId == "feeComp" && e.Message.Contains("isForCompensation"));
        Assert.Contains(report.Errors, e => e.ElementId == "compensateFee" && e.Message.Contains("'Decide'"));
        Assert.True((await InScope(r => Task.FromResult(r.Validate(Support.BpmnFiles.Read("compensation.bpmn"))))).Valid, "the unchanged file is valid");
    }

    private async Task<Guid> DecidedAsync(string withdraw)
    {
        var id = await StartAsync("compensation.bpmn", "compensation");
        await CompleteAsync(id, "Fee");
        await CompleteAsync(id, "Deposit");
        Assert.Equal(["Dig"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "Dig");
        await CompleteAsync(id, "Decide", Vars(("withdraw", withdraw)));
        return id;
    }

    /// <summary>Completes the compensation handlers as they appear, one at a time; returns them in the order they ran.</summary>
    private async Task<List<string>> HandlersInOrderAsync(Guid id)
    {
        string[] handlers = ["RefundFee", "RefundDeposit", "Refill"];
        var ran = new List<string>();
        while ((await OpenTaskIdsAsync(id)).Where(handlers.Contains).ToList() is { Count: > 0 } open)
        {
            Assert.Single(open);
            ran.Add(open[0]);
            await CompleteAsync(id, open[0]);
        }
        return ran;
    }
}
