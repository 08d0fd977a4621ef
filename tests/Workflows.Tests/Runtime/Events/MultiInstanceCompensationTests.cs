using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Variables;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime.Events;

/// <summary>
/// Compensating a multi-instance activity: its handler runs once per completed instance, with that instance's
/// variables (its meter and loopCounter), newest first, sequential or parallel; a withdrawal (an interrupting event
/// sub-process throwing compensation) refunds only the instances that had completed.
/// </summary>
public abstract class MultiInstanceCompensationTests : WorkflowScenarioBase
{
    private static readonly string[] Meters = ["M1", "M2", "M3"];

    [Fact]
    public async Task A_sequential_activity_is_compensated_once_per_instance_in_reverse_order_with_each_instances_variables()
    {
        var id = await StartAsync(sequential: true);
        foreach (var meter in Meters)
            await CompleteChargeAsync(id, meter);
        await CompleteAsync(id, "Decide", Vars(("refund", true)));

        Assert.Equal([("M3", 3L), ("M2", 2L), ("M1", 1L)], await RefundsInOrderAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_parallel_activity_is_compensated_in_reverse_order_of_completion_not_of_its_items()
    {
        var id = await StartAsync(sequential: false);
        Assert.Equal(3, (await OpenTaskIdsAsync(id)).Count(t => t == "Charge"));
        foreach (var meter in new[] { "M2", "M3", "M1" })
            await CompleteChargeAsync(id, meter);
        await CompleteAsync(id, "Decide", Vars(("refund", true)));

        Assert.Equal([("M1", 1L), ("M3", 3L), ("M2", 2L)], await RefundsInOrderAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_withdrawal_while_instances_run_refunds_only_the_completed_ones_once()
    {
        var id = await StartAsync(sequential: false);
        await CompleteChargeAsync(id, "M2");

        await InScope(r => r.CorrelateMessageAsync("Withdraw", "R-1"));

        Assert.Equal([("M2", 2L)], await RefundsInOrderAsync(id));
        Assert.Equal(["WithdrawalClosed"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "WithdrawalClosed");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_withdrawal_after_the_charges_refunds_each_instance_and_no_second_throw_finds_them_again()
    {
        var id = await StartAsync(sequential: true);
        foreach (var meter in Meters)
            await CompleteChargeAsync(id, meter);

        await InScope(r => r.CorrelateMessageAsync("Withdraw", "R-1"));

        Assert.Equal([("M3", 3L), ("M2", 2L), ("M1", 1L)], await RefundsInOrderAsync(id));
        await CompleteAsync(id, "WithdrawalClosed");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task Without_a_compensation_throw_no_instance_is_refunded()
    {
        var id = await StartAsync(sequential: false);
        foreach (var meter in Meters)
            await CompleteChargeAsync(id, meter);
        await CompleteAsync(id, "Decide", Vars(("refund", false)));

        Assert.Empty(await OpenTaskIdsAsync(id));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(id)).Status);
    }

    [Fact]
    public async Task A_throw_in_an_event_sub_process_may_name_an_activity_of_the_process_around_it_and_no_other()
    {
        var xml = BpmnFiles.Read("compensation-multi-instance.bpmn").Replace("{sequential}", "true");
        const string Throw = "<bpmn:intermediateThrowEvent id=\"compensateOnWithdrawal\"><bpmn:compensateEventDefinition />";
        string Naming(string activity) => xml.Replace(Throw, Throw.Replace(" />", $" activityRef=\"{activity}\" />"));

        Assert.True((await InScope(r => Task.FromResult(r.Validate(Naming("Charge"))))).Valid);
        var report = await InScope(r => Task.FromResult(r.Validate(Naming("Decide"))));
        Assert.Contains(report.Errors, e => e.ElementId == "compensateOnWithdrawal" && e.Message.Contains("'Decide'"));
    }

    private async Task<Guid> StartAsync(bool sequential)
    {
        var key = sequential ? "compensation_mi_sequential" : "compensation_mi_parallel";
        var xml = BpmnFiles.Read("compensation-multi-instance.bpmn")
            .Replace("{sequential}", sequential ? "true" : "false").Replace("\"compensation_mi\"", $"\"{key}\"");
        var deployment = await InScope(r => r.DeployAsync(xml, "tests"));
        Assert.True(deployment.Deployed, string.Join("; ", deployment.Report.Errors.Select(e => e.Message)));
        return await InScope(r => r.StartAsync(key, "BK-" + Guid.NewGuid().ToString("N")[..6],
            Vars(("meters", Meters.Cast<object?>().ToList()), ("requestId", "R-1"))));
    }

    private async Task CompleteChargeAsync(Guid id, string meter)
    {
        var task = (await OpenTasksAsync(id)).Single(t => t.ElementId == "Charge" && Fields(t)["meter"] as string == meter);
        await InScope(r => r.CompleteTaskAsync(task.Id, null, "clerk"));
    }

    /// <summary>Completes the refund handlers as they appear, one at a time; returns the meter and loopCounter each saw.</summary>
    private async Task<List<(string, long)>> RefundsInOrderAsync(Guid id)
    {
        var ran = new List<(string, long)>();
        while ((await OpenTasksAsync(id)).Where(t => t.ElementId == "Refund").ToList() is { Count: > 0 } open)
        {
            var refund = Assert.Single(open);
            var fields = Fields(refund);
            ran.Add(((string)fields["meter"]!, Convert.ToInt64(fields["loopCounter"])));
            await InScope(r => r.CompleteTaskAsync(refund.Id, null, "clerk"));
        }
        return ran;
    }

    private static Dictionary<string, object?> Fields(UserTaskRecord task) => VariablesJson.Deserialize(task.FormFieldsJson);
}

public sealed class InMemoryMultiInstanceCompensationTests : MultiInstanceCompensationTests
{
    protected override void UseStore(Engine.Hosting.WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteMultiInstanceCompensationTests(SqliteDatabase database) : MultiInstanceCompensationTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(Engine.Hosting.WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresMultiInstanceCompensationTests(PostgresDatabase database) : MultiInstanceCompensationTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(Engine.Hosting.WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}
