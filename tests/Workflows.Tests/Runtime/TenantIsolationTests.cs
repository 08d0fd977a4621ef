using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>
/// Every row an instance creates carries the tenant it was started for, called processes inherit it, and a
/// message published for one tenant never reaches (or is buffered for) another's instances.
/// </summary>
public abstract class TenantIsolationTests : WorkflowScenarioBase
{
    private static readonly Guid TenantA = Guid.Parse("0a0a0a0a-0000-0000-0000-00000000000a");
    private static readonly Guid TenantB = Guid.Parse("0b0b0b0b-0000-0000-0000-00000000000b");

    [Fact]
    public async Task A_called_process_and_everything_it_creates_belong_to_the_parents_tenant()
    {
        await DeployAsync("tenant-call-child.bpmn");
        await DeployAsync("tenant-call-parent.bpmn");
        var businessKey = "BK-" + Guid.NewGuid().ToString("N")[..8];
        var parent = await InScope(r => r.StartAsync("tenant_parent", businessKey, tenantId: TenantA));

        var task = Assert.Single(await InScope(r => r.QueryTasksAsync(new UserTaskQuery())), t => t.BusinessKey == businessKey);
        Assert.Equal("tenant_child", task.ProcessKey);
        Assert.NotEqual(parent, task.InstanceId);
        Assert.Equal(TenantA, task.TenantId);
        var child = await InScope(r => r.GetInstanceAsync(task.InstanceId));
        Assert.NotNull(child);
        var timer = Assert.Single(await InScope(r => r.PendingTimersAsync()), t => t.InstanceId == task.InstanceId);
        Assert.Equal(TenantA, timer.TenantId);
        await InScope(r => r.CompleteTaskAsync(task.Id, null, "clerk"));
        Assert.Equal(WorkflowInstanceStatus.Completed, (await SnapshotAsync(parent)).Status);
    }

    [Fact]
    public async Task A_message_reaches_only_the_instance_of_its_own_tenant()
    {
        await DeployAsync("message-before-catch.bpmn");
        var key = Guid.NewGuid().ToString();
        var inA = await StartWaitingAsync(TenantA, key);
        var inB = await StartWaitingAsync(TenantB, key);

        Assert.Equal(CorrelationResult.Delivered, await InScope(r => r.CorrelateMessageAsync("Approved", key, Vars(("by", "b")), TenantB)));
        Assert.Equal(["Done"], await OpenTaskIdsAsync(inB));
        Assert.Empty(await OpenTaskIdsAsync(inA));

        Assert.Equal(CorrelationResult.Delivered, await InScope(r => r.CorrelateMessageAsync("Approved", key, Vars(("by", "a")), TenantA)));
        Assert.Equal("a", (await SnapshotAsync(inA)).Variables["by"]);
        Assert.Equal("b", (await SnapshotAsync(inB)).Variables["by"]);
    }

    [Fact]
    public async Task A_message_buffered_for_one_tenant_is_not_consumed_by_another()
    {
        await DeployAsync("message-before-catch.bpmn");
        var key = Guid.NewGuid().ToString();
        Assert.Equal(CorrelationResult.Buffered, await InScope(r => r.CorrelateMessageAsync("Approved", key, Vars(("by", "b")), TenantB)));

        var inA = await StartWaitingAsync(TenantA, key);
        Assert.Empty(await OpenTaskIdsAsync(inA));
        var inB = await StartWaitingAsync(TenantB, key);
        Assert.Equal(["Done"], await OpenTaskIdsAsync(inB));
        Assert.Equal("b", (await SnapshotAsync(inB)).Variables["by"]);
    }

    private async Task<Guid> StartWaitingAsync(Guid tenant, string key)
    {
        var id = await InScope(r => r.StartAsync("early_message", "BK-" + Guid.NewGuid().ToString("N")[..8], Vars(("requestId", key)), tenant));
        var prepare = Assert.Single(await OpenTasksAsync(id));
        Assert.Equal(tenant, prepare.TenantId);
        await InScope(r => r.CompleteTaskAsync(prepare.Id, null, "clerk"));
        return id;
    }
}

public sealed class InMemoryTenantIsolationTests : TenantIsolationTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteTenantIsolationTests(SqliteDatabase database) : TenantIsolationTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresTenantIsolationTests(PostgresDatabase database) : TenantIsolationTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}
