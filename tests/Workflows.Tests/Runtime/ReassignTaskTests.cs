using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>Reassigning is one change: the task goes from its holder to the new person, or, on a conflict, stays as it was.</summary>
public abstract class ReassignTaskTests : WorkflowScenarioBase
{
    [Fact]
    public async Task A_claimed_task_goes_to_the_new_person_in_one_step()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        await InScope(r => r.ClaimTaskAsync(task.Id, "clerk1"));

        await InScope(r => r.ReassignTaskAsync(task.Id, "clerk2"));

        var reassigned = Assert.Single(await OpenTasksAsync(id));
        Assert.Equal("clerk2", reassigned.Assignee);
        Assert.Equal(task.Revision + 2, reassigned.Revision);
    }

    [Fact]
    public async Task A_task_completed_meanwhile_is_a_conflict_and_stays_completed()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        await InScope(r => r.CompleteTaskAsync(task.Id, null, "clerk1"));

        await Assert.ThrowsAsync<WorkflowConflictException>(() => InScope(r => r.ReassignTaskAsync(task.Id, "clerk2")));

        var stored = await InScope(async r => (await r.QueryTasksAsync(new UserTaskQuery(InstanceId: id, Status: UserTaskStatus.Completed))).Single());
        Assert.Equal(("clerk1", UserTaskStatus.Completed), (stored.CompletedBy, stored.Status));
    }
}

public sealed class InMemoryReassignTaskTests : ReassignTaskTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteReassignTaskTests(SqliteDatabase database) : ReassignTaskTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresReassignTaskTests(PostgresDatabase database) : ReassignTaskTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}
