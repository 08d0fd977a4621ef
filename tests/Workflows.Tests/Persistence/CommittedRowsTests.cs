using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;
using Orchestrator.Workflows.Tests.Runtime;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Persistence;

/// <summary>
/// A node completing a task it committed itself attaches its copies of the task and instance instead of reading
/// them (<see cref="CommittedRows"/>), and starts new instances on a remembered latest version; when the database
/// moved on meanwhile (another node claimed or completed the task, both written here straight to the tables as
/// another node would), the save's revision check writes nothing and the step runs again from a fresh read.
/// </summary>
public abstract class CommittedRowsTests : WorkflowScenarioBase
{
    protected CommandCounter Counter { get; } = new();

    protected abstract DbContextOptionsBuilder<TestWorkflowDbContext> Database(DbContextOptionsBuilder<TestWorkflowDbContext> options);

    protected override void UseStore(WorkflowEngineBuilder engine)
    {
        engine.Services.AddDbContext<TestWorkflowDbContext>((sp, o) =>
            Database((DbContextOptionsBuilder<TestWorkflowDbContext>)o).UseWorkflowEngineInterceptors(sp).AddInterceptors(Counter));
        engine.UseEntityFrameworkStore<TestWorkflowDbContext>();
    }

    [Fact]
    public async Task Starting_and_completing_on_the_node_that_committed_them_reads_nothing()
    {
        await StartAsync("user-task.bpmn", "approval"); // deploys and learns the latest version
        Counter.Reset();
        Counter.Counting = true;
        var id = await InScope(r => r.StartAsync("approval", "BK-AGAIN"));
        var startCommands = Counter.Commands;
        Counter.Counting = false;
        var task = Assert.Single(await OpenTasksAsync(id));

        Counter.Reset();
        Counter.Counting = true;
        await InScope(r => r.CompleteTaskAsync(task.Id, Vars(("approvedBy", "clerk")), "clerk"));
        var completionCommands = Counter.Commands;
        Counter.Counting = false;

        Assert.DoesNotContain(startCommands, IsRead);
        Assert.DoesNotContain(completionCommands, IsRead);
        var snapshot = await SnapshotAsync(id);
        Assert.Equal(WorkflowInstanceStatus.Completed, snapshot.Status);
        Assert.Equal(2, snapshot.Revision);
        Assert.Equal("clerk", snapshot.Variables["approvedBy"]);
    }

    [Fact]
    public async Task A_task_claimed_through_another_node_meanwhile_is_completed_from_a_fresh_read()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        await ElsewhereAsync(db => db.Set<UserTaskRecord>().Where(t => t.Id == task.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, "clerk").SetProperty(t => t.Revision, t => t.Revision + 1)));

        Counter.Reset();
        Counter.Counting = true;
        await InScope(r => r.CompleteTaskAsync(task.Id, Vars(("approvedBy", "clerk")), "clerk"));
        Counter.Counting = false;

        Assert.Contains(Counter.Commands, IsRead);
        var done = await ElsewhereAsync(db => db.Set<UserTaskRecord>().AsNoTracking().SingleAsync(t => t.Id == task.Id));
        Assert.Equal((UserTaskStatus.Completed, "clerk", "clerk", 2L), (done.Status, done.Assignee, done.CompletedBy, done.Revision));
        var snapshot = await SnapshotAsync(id);
        Assert.Equal((WorkflowInstanceStatus.Completed, 2L), (snapshot.Status, snapshot.Revision));
        var history = await ElsewhereAsync(db => db.Set<HistoryRecord>().AsNoTracking().Where(h => h.InstanceId == id).CountAsync());
        Assert.Equal(5, history); // start, task entered; task left, end entered and left: nothing of the failed guess
    }

    [Fact]
    public async Task A_task_completed_through_another_node_meanwhile_is_a_conflict_and_nothing_is_written()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        var historyBefore = await ElsewhereAsync(db => db.Set<HistoryRecord>().AsNoTracking().Where(h => h.InstanceId == id).CountAsync());
        await ElsewhereAsync(db => db.Set<UserTaskRecord>().Where(t => t.Id == task.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, UserTaskStatus.Completed).SetProperty(t => t.Revision, t => t.Revision + 1)));

        await Assert.ThrowsAsync<WorkflowConflictException>(() => InScope(r => r.CompleteTaskAsync(task.Id, null, "clerk")));

        var snapshot = await SnapshotAsync(id);
        Assert.Equal((WorkflowInstanceStatus.Active, 1L), (snapshot.Status, snapshot.Revision));
        Assert.Equal(historyBefore, await ElsewhereAsync(db => db.Set<HistoryRecord>().AsNoTracking().Where(h => h.InstanceId == id).CountAsync()));
    }

    [Fact]
    public async Task An_instance_stepped_through_another_node_meanwhile_is_completed_from_its_stored_state()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        // Another node wrote the instance (a variable set by a step there): same state, newer revision.
        await ElsewhereAsync(db => db.Set<WorkflowInstanceRecord>().Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Revision, i => i.Revision + 1)));

        await InScope(r => r.CompleteTaskAsync(task.Id, Vars(("approvedBy", "clerk")), "clerk"));

        var snapshot = await SnapshotAsync(id);
        Assert.Equal((WorkflowInstanceStatus.Completed, 3L), (snapshot.Status, snapshot.Revision));
    }

    [Fact]
    public async Task A_version_deployed_through_this_node_is_the_one_the_next_start_uses()
    {
        var first = await StartAsync("user-task.bpmn", "approval");
        await InScope(r => r.DeployAsync(BpmnFiles.Read("user-task.bpmn").Replace("Approve the request", "Approve it"), "tests"));
        var second = await InScope(r => r.StartAsync("approval", "BK-V2"));
        Assert.Equal(1, (await SnapshotAsync(first)).Version);
        Assert.Equal(2, (await SnapshotAsync(second)).Version);
    }

    private static bool IsRead(string command) => command.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    /// <summary>Another node's write: a context of its own, without this node's interceptors.</summary>
    private async Task<T> ElsewhereAsync<T>(Func<TestWorkflowDbContext, Task<T>> act)
    {
        await using var db = new TestWorkflowDbContext(Database(new DbContextOptionsBuilder<TestWorkflowDbContext>()).Options);
        return await act(db);
    }
}

public sealed class SqliteCommittedRowsTests(SqliteDatabase database) : CommittedRowsTests, IClassFixture<SqliteDatabase>
{
    protected override DbContextOptionsBuilder<TestWorkflowDbContext> Database(DbContextOptionsBuilder<TestWorkflowDbContext> options) =>
        options.UseSqlite(database.ConnectionString);
}

public sealed class PostgresCommittedRowsTests(PostgresDatabase database) : CommittedRowsTests, IClassFixture<PostgresDatabase>
{
    protected override DbContextOptionsBuilder<TestWorkflowDbContext> Database(DbContextOptionsBuilder<TestWorkflowDbContext> options) =>
        options.UseNpgsql(database.ConnectionString);
}
