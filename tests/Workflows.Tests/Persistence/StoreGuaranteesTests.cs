using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Runtime;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Persistence;

/// <summary>Concurrency, outbox and versioning guarantees, run on every store by the subclasses.</summary>
public abstract class StoreGuaranteesTests : WorkflowScenarioBase
{
    [Fact]
    public async Task Twenty_concurrent_completions_of_one_task_let_exactly_one_win()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await InScope(r => r.CompleteTaskAsync(task.Id, Vars(("approvedBy", $"clerk{i}")), $"clerk{i}"));
                return true;
            }
            catch (WorkflowConflictException)
            {
                return false;
            }
        }));
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(won => won));
        var snapshot = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Completed, snapshot.Status);
        Assert.Equal(2, snapshot.Revision);
    }

    [Fact]
    public async Task Completing_a_task_that_is_no_longer_open_is_a_conflict()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        await InScope(r => r.CompleteTaskAsync(task.Id, null, "a"));
        var conflict = await Assert.ThrowsAsync<WorkflowConflictException>(() => InScope(r => r.CompleteTaskAsync(task.Id, null, "b")));
        Assert.Contains("already completed", conflict.Message);
    }

    [Fact]
    public async Task Outbox_rows_left_by_a_crash_are_dispatched_exactly_once_later()
    {
        var id = await StartAsync("boundary-timer-interrupting.bpmn", "boundary_interrupting");
        Assert.Empty(Scheduler.Scheduled);
        var timer = Assert.Single(await PendingTimersAsync(id));
        Assert.Equal(1, await DispatchInNewScopeAsync());
        Assert.Equal(0, await DispatchInNewScopeAsync());
        var scheduled = Assert.Single(Scheduler.Scheduled);
        Assert.Equal((timer.Id, timer.DueAt), scheduled);
    }

    [Fact]
    public async Task Deploying_the_same_file_twice_keeps_the_version_and_a_change_makes_a_new_one()
    {
        var key = "versioned_" + Guid.NewGuid().ToString("N")[..8];
        var xml = BpmnFiles.Read("user-task.bpmn").Replace("\"approval\"", $"\"{key}\"");
        var first = Assert.Single((await InScope(r => r.DeployAsync(xml))).Processes);
        var again = Assert.Single((await InScope(r => r.DeployAsync(xml))).Processes);
        Assert.Equal((1, false), (first.Version, first.Unchanged));
        Assert.Equal((1, true, first.DefinitionId), (again.Version, again.Unchanged, again.DefinitionId));
        var oldInstance = await InScope(r => r.StartAsync(key, null));
        var changed = Assert.Single((await InScope(r => r.DeployAsync(xml.Replace("Approve the request", "Approve it")))).Processes);
        Assert.Equal(2, changed.Version);
        var newInstance = await InScope(r => r.StartAsync(key, null));
        Assert.Equal(1, (await SnapshotAsync(oldInstance)).Version);
        Assert.Equal(2, (await SnapshotAsync(newInstance)).Version);
        Assert.Equal("Approve the request", Assert.Single(await OpenTasksAsync(oldInstance)).Name);
        await CompleteAsync(oldInstance, "Approve");
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(oldInstance)).Status);
    }

    [Fact]
    public async Task An_invalid_file_is_rejected_with_its_errors_and_nothing_is_stored()
    {
        var key = "broken_" + Guid.NewGuid().ToString("N")[..8];
        var xml = BpmnFiles.Read("user-task.bpmn").Replace("\"approval\"", $"\"{key}\"").Replace("targetRef=\"end\"", "targetRef=\"nowhere\"");
        var result = await InScope(r => r.DeployAsync(xml));
        Assert.False(result.Deployed);
        Assert.Contains(result.Report.Errors, e => e.ElementId == "f1" && e.Message.Contains("nowhere"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => InScope(r => r.StartAsync(key, null)));
    }

    private async Task<int> DispatchInNewScopeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(TimeSpan.Zero);
    }
}
