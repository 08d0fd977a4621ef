using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Scenarios.Support;

/// <summary>Drives one request through its flow in-process, a step (and a DI scope) at a time, as the workplace would.</summary>
public sealed class FlowDriver(IScenarioHost host, SubmittedRequest request)
{
    public SubmittedRequest Request => request;

    public static async Task<FlowDriver> SubmitAsync(IScenarioHost host, SubmitRequest submit)
    {
        var submitted = await host.InScopeAsync(s => s.GetRequiredService<RequestIntakeService>().SubmitAsync(submit, host.CompanyId, "测试受理员"));
        return new FlowDriver(host, submitted);
    }

    public Task<IReadOnlyList<UserTaskRecord>> OpenTasksAsync() =>
        host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().QueryTasksAsync(new UserTaskQuery(InstanceId: request.InstanceId)));

    public async Task<UserTaskRecord> TaskAsync(string elementId) =>
        (await OpenTasksAsync()).SingleOrDefault(t => t.ElementId == elementId)
        ?? throw new Xunit.Sdk.XunitException($"No open task '{elementId}'; open: {string.Join(", ", (await OpenTasksAsync()).Select(t => t.ElementId))}; active: {string.Join(", ", (await InstanceAsync()).ActiveElementIds)}");

    public async Task CompleteAsync(string elementId, params (string Name, object? Value)[] variables)
    {
        var task = await TaskAsync(elementId);
        await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>()
            .CompleteTaskAsync(task.Id, variables.ToDictionary(v => v.Name, v => v.Value), "tester"));
    }

    public async Task<InstanceSnapshot> InstanceAsync() =>
        (await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().GetInstanceAsync(request.InstanceId)))!;

    public Task<RequestDetails> DetailsAsync() => host.InScopeAsync(s => s.GetRequiredService<RequestQueries>().GetAsync(request.Id));

    public Task<PaymentCallbackResult> PayAsync(PaymentCallback callback) =>
        host.InScopeAsync(s => s.GetRequiredService<PaymentCallbackService>().HandleAsync(callback));

    /// <summary>Moves the clock past the pending timer on <paramref name="elementId"/> and fires it.</summary>
    public async Task FireTimerAsync(string elementId)
    {
        var timers = await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().PendingTimersAsync());
        var timer = timers.Single(t => t.InstanceId == request.InstanceId && t.ElementId == elementId);
        if (timer.DueAt > host.Clock.GetUtcNow()) host.Clock.Set(timer.DueAt.AddMinutes(1));
        Assert.True(await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>().FireTimerAsync(timer.Id)), $"timer {elementId} did not fire");
    }

    public async Task AssertStatusAsync(RequestStatus status) => Assert.Equal(status.ToString(), (await DetailsAsync()).Status);
}

public static class ScenarioHostExtensions
{
    public static async Task<T> InScopeAsync<T>(this IScenarioHost host, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static async Task InScopeAsync(this IScenarioHost host, Func<IServiceProvider, Task> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }
}
