using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Workflows;

/// <summary>
/// More concurrent steps than the connection pool has connections still all finish: a step gives its connection back
/// when it commits, before the listeners that open their own scopes (the inbox, a task's due date) run. Holding it
/// through them made every step wait for a second connection that no step gave back, until the pool's timeout.
/// </summary>
public sealed class ConnectionPoolTests : IAsyncLifetime
{
    private const int Steps = 8;
    private readonly PostgresTestDatabase database = new();
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var smallPool = database.Options.ConnectionString + ";Maximum Pool Size=3;Timeout=5";
        host = new HostFactory(database, demoCustomers: 1, configure: web => web
            .UseSetting("Database:ConnectionString", smallPool)
            .UseSetting("Scheduling:Storage", "InMemory"));
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Concurrent_completions_beyond_the_pool_size_all_commit()
    {
        var instances = new List<Guid>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            Assert.True((await runtime.DeployAsync(TwoSteps)).Deployed);
            for (var i = 0; i < Steps; i++) instances.Add(await runtime.StartAsync("two_steps", $"POOL-{i}"));
        }
        var firstTasks = await InScopeAsync(db => db.Set<UserTaskRecord>().IgnoreQueryFilters()
            .Where(t => instances.Contains(t.InstanceId) && t.ElementId == "First").Select(t => t.Id).ToListAsync());

        await Task.WhenAll(firstTasks.Select(async id =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(id, null, null);
        }));

        var secondTasks = await InScopeAsync(db => db.Set<UserTaskRecord>().IgnoreQueryFilters()
            .CountAsync(t => instances.Contains(t.InstanceId) && t.ElementId == "Second" && t.Status == UserTaskStatus.Open));
        Assert.Equal(Steps, secondTasks);
    }

    private async Task<T> InScopeAsync<T>(Func<OrchestratorDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
    }

    private const string TwoSteps = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
          <bpmn:process id="two_steps" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="First" name="First"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="service-center" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:userTask id="Second" name="Second"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="service-center" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="First" />
            <bpmn:sequenceFlow id="f2" sourceRef="First" targetRef="Second" />
            <bpmn:sequenceFlow id="f3" sourceRef="Second" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
