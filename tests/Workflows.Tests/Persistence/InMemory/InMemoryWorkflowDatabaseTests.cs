using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.InMemory;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Runtime;

namespace Orchestrator.Workflows.Tests.Persistence.InMemory;

/// <summary>The in-memory store keeps open instances whole and only the last few finished ones.</summary>
public sealed class InMemoryWorkflowDatabaseTests : WorkflowScenarioBase
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton(new InMemoryWorkflowDatabase { FinishedInstancesKept = 2 });

    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();

    [Fact]
    public async Task Only_the_last_finished_instances_keep_their_rows_and_open_ones_keep_everything()
    {
        var open = await StartAsync("user-task.bpmn", "approval");
        var finished = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await InScope(r => r.StartAsync("approval", $"BK-{i}"));
            await CompleteAsync(id, "Approve");
            finished.Add(id);
        }

        Assert.Null(await InScope(r => r.GetInstanceAsync(finished[0])));
        Assert.Empty(await HistoryAsync(finished[0]));
        Assert.Empty(await InScope(r => r.QueryTasksAsync(new UserTaskQuery(InstanceId: finished[0], Status: null))));
        foreach (var kept in finished.Skip(1))
        {
            Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(kept)).Status);
            Assert.Contains(await HistoryAsync(kept), h => h.ElementId == "end");
            Assert.Equal(UserTaskStatus.Completed, Assert.Single(await InScope(r => r.QueryTasksAsync(new UserTaskQuery(InstanceId: kept, Status: null)))).Status);
        }
        Assert.Equal(WorkflowInstanceStatus.Active, (await SnapshotAsync(open)).Status);
        Assert.Equal(UserTaskStatus.Open, Assert.Single(await OpenTasksAsync(open)).Status);
        Assert.NotEmpty(await HistoryAsync(open));
    }

    private async Task<IReadOnlyList<HistoryRecord>> HistoryAsync(Guid instanceId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().HistoryAsync(instanceId);
    }
}
