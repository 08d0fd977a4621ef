using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Runtime;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Facade;

/// <summary>
/// A node reuses the state its last step on an instance committed only while the row still holds that state: two
/// engines (two nodes, each with its own cache) on one database take turns on one instance.
/// </summary>
public abstract class InstanceStateCacheTests : WorkflowScenarioBase
{
    [Fact]
    public async Task A_node_whose_kept_state_was_overtaken_by_another_node_reads_the_row_instead()
    {
        var id = await StartAsync("parallel-join.bpmn", "parallel_join");
        await using var otherNode = BuildNode();
        await using (var scope = otherNode.CreateAsyncScope())
        {
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            var first = (await runtime.QueryTasksAsync(new(InstanceId: id))).Single(t => t.ElementId == "A");
            await runtime.CompleteTaskAsync(first.Id, null, "clerk");
        }

        await CompleteAsync(id, "B");

        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "After");
        var snapshot = await SnapshotAsync(id);
        Assert.Equal((WorkflowInstanceStatus.Completed, 4L), (snapshot.Status, snapshot.Revision));
    }

    [Fact]
    public async Task Steps_on_one_node_continue_from_the_state_they_committed()
    {
        var id = await StartAsync("parallel-join.bpmn", "parallel_join");
        await CompleteAsync(id, "A", Vars(("amount", 2.5)));
        await CompleteAsync(id, "B");
        Assert.Equal(["After"], await OpenTaskIdsAsync(id));
        await CompleteAsync(id, "After");
        var snapshot = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Completed, snapshot.Status);
        Assert.Equal(2.5, snapshot.Variables["amount"]);
    }

    /// <summary>A second engine on the same store settings: another node.</summary>
    private ServiceProvider BuildNode()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ITimerScheduler>(Scheduler);
        UseStore(services.AddWorkflowEngine(o => o.DispatchOutboxAfterCommit = false));
        return services.BuildServiceProvider();
    }
}

public sealed class SqliteInstanceStateCacheTests(SqliteDatabase database) : InstanceStateCacheTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresInstanceStateCacheTests(PostgresDatabase database) : InstanceStateCacheTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}
