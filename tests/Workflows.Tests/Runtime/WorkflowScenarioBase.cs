using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>
/// Builds an engine per test on the store a subclass chooses, with a fake clock (Monday 2025-03-03 09:00 UTC)
/// and every runtime call in a fresh DI scope, as a Host request would be.
/// </summary>
public abstract class WorkflowScenarioBase : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
    protected RecordingTimerScheduler Scheduler { get; } = new();
    protected ServiceProvider Services { get; private set; } = null!;

    protected abstract void UseStore(WorkflowEngineBuilder engine);

    public virtual Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ITimerScheduler>(Scheduler);
        ConfigureServices(services);
        var engine = services.AddWorkflowEngine(o => o.DispatchOutboxAfterCommit = false)
            .AddActivity<DoubleActivity>()
            .AddActivity<ChargeActivity>();
        UseStore(engine);
        Services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Services.DisposeAsync();

    /// <summary>Ports a scenario supplies itself, registered before the engine's defaults.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected async Task<T> InScope<T>(Func<IWorkflowRuntime, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>());
    }

    protected Task InScope(Func<IWorkflowRuntime, Task> action) => InScope(async r => { await action(r); return true; });

    protected async Task<Guid> StartAsync(string file, string processKey, Dictionary<string, object?>? variables = null)
    {
        var deployment = await InScope(r => r.DeployAsync(BpmnFiles.Read(file), "tests"));
        Assert.True(deployment.Deployed, string.Join("; ", deployment.Report.Errors.Select(e => e.Message)));
        return await InScope(r => r.StartAsync(processKey, "BK-" + Guid.NewGuid().ToString("N")[..6], variables));
    }

    protected Task DeployAsync(string file) => InScope(r => r.DeployAsync(BpmnFiles.Read(file), "tests"));

    protected Task<IReadOnlyList<UserTaskRecord>> OpenTasksAsync(Guid instanceId) =>
        InScope(r => r.QueryTasksAsync(new UserTaskQuery(InstanceId: instanceId)));

    protected async Task<string[]> OpenTaskIdsAsync(Guid instanceId) =>
        (await OpenTasksAsync(instanceId)).Select(t => t.ElementId).Order().ToArray();

    protected async Task CompleteAsync(Guid instanceId, string elementId, Dictionary<string, object?>? variables = null)
    {
        var task = (await OpenTasksAsync(instanceId)).First(t => t.ElementId == elementId);
        await InScope(r => r.CompleteTaskAsync(task.Id, variables, "clerk"));
    }

    protected async Task<InstanceSnapshot> SnapshotAsync(Guid instanceId) =>
        await InScope(r => r.GetInstanceAsync(instanceId)) ?? throw new InvalidOperationException("Instance missing.");

    protected async Task<IReadOnlyList<TimerRecord>> PendingTimersAsync(Guid instanceId) =>
        (await InScope(r => r.PendingTimersAsync())).Where(t => t.InstanceId == instanceId).ToList();

    /// <summary>Moves the clock to the earliest pending timer of the instance and fires it.</summary>
    protected async Task FireNextTimerAsync(Guid instanceId)
    {
        var timer = (await PendingTimersAsync(instanceId)).MinBy(t => t.DueAt) ?? throw new InvalidOperationException("No pending timer.");
        if (timer.DueAt > Clock.GetUtcNow())
            Clock.Advance(timer.DueAt - Clock.GetUtcNow());
        Assert.True(await InScope(r => r.FireTimerAsync(timer.Id)));
    }

    protected static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
