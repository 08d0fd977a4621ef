using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Tests.Scheduling;

/// <summary>Timers are rows; Hangfire only fires them. In-memory job storage forgets, the reconciler does not.</summary>
public sealed class TimerRestartTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_due_timer_fires_through_hangfire_and_moves_the_process()
    {
        await using var host = new HostFactory(database, demoCustomers: 1);
        var instanceId = await StartAsync(host, TestFlows.WaitThenCall("fires_once", "PT1S"), "fires_once");

        Assert.True(await FollowUpCallOpensAsync(host, instanceId), "the timer did not fire within 30 seconds");
    }

    [Fact]
    public async Task A_pending_timer_survives_a_restart_that_forgets_every_job()
    {
        Guid instanceId;
        await using (var before = new HostFactory(database, demoCustomers: 1))
        {
            instanceId = await StartAsync(before, TestFlows.WaitThenCall("survives_restart", "PT3S"), "survives_restart");
            Assert.Empty(await OpenTasksAsync(before, instanceId));
        }

        await using var after = new HostFactory(database, demoCustomers: 1);
        _ = after.Server;
        Assert.True(await FollowUpCallOpensAsync(after, instanceId), "the reconciled timer did not fire within 30 seconds");
    }

    private static async Task<Guid> StartAsync(HostFactory host, string xml, string key)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        Assert.True((await runtime.DeployAsync(xml)).Deployed);
        return await runtime.StartAsync(key, businessKey: key);
    }

    private static async Task<bool> FollowUpCallOpensAsync(HostFactory host, Guid instanceId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if ((await OpenTasksAsync(host, instanceId)).Any(t => t.ElementId == "FollowUpCall")) return true;
            await Task.Delay(250);
        }
        return false;
    }

    private static async Task<IReadOnlyList<Orchestrator.Workflows.Engine.Persistence.Records.UserTaskRecord>> OpenTasksAsync(HostFactory host, Guid instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().QueryTasksAsync(new UserTaskQuery(instanceId));
    }
}
