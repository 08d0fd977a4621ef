using Orchestrator.Workflows.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Scheduling;

/// <summary>
/// Two Host processes on one PostgreSQL, each with Hangfire and Quartz on it, both reconciling the same
/// 1,000 due timers at start-up: every timer moves its process exactly once.
/// </summary>
public sealed class TwoNodeTimerTests : IAsyncLifetime
{
    private const int Instances = 1000;
    private readonly PostgresTestDatabase database = new();
    private readonly string emptyFlows = Directory.CreateTempSubdirectory("orchestrator-noflows-").FullName;
    private ServiceProvider engine = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        engine = EngineOnly(database.Options);
        await using var scope = engine.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(emptyFlows, recursive: true);
    }

    [Fact]
    public async Task A_thousand_due_timers_fire_exactly_once_across_two_nodes()
    {
        await StartInstancesWithDueTimersAsync();

        await using var first = HostProcess.Start(NodeSettings());
        await using var second = HostProcess.Start(NodeSettings());
        var opened = await WaitForFollowUpCallsAsync(first, second);
        await Task.Delay(TimeSpan.FromSeconds(3)); // let any duplicate firing show itself

        Assert.True(opened == Instances, $"{opened} of {Instances} follow-up calls opened.\nnode 1:\n{first.Output}\nnode 2:\n{second.Output}");
        Assert.Equal(Instances, await CountAsync<UserTaskRecord>(t => t.ElementId == "FollowUpCall"));
        Assert.Equal(Instances, await CountAsync<TimerRecord>(t => t.Status == TimerStatus.Fired));
        Assert.Equal(0, await CountAsync<IncidentRecord>(i => i.Status == IncidentStatus.Open));
        Assert.False(first.HasExited, first.Output);
        Assert.False(second.HasExited, second.Output);
    }

    private async Task StartInstancesWithDueTimersAsync()
    {
        await using (var scope = engine.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().DeployAsync(TestFlows.WaitThenCall("two_nodes", "PT1S"))).Deployed);
        for (var i = 0; i < Instances; i++)
        {
            await using var scope = engine.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync("two_nodes", $"T-{i:D4}");
        }
        Assert.Equal(Instances, await CountAsync<TimerRecord>(t => t.Status == TimerStatus.Pending));
    }

    private async Task<int> WaitForFollowUpCallsAsync(HostProcess first, HostProcess second)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var opened = 0;
        while (DateTime.UtcNow < deadline && !first.HasExited && !second.HasExited)
        {
            opened = await CountAsync<UserTaskRecord>(t => t.ElementId == "FollowUpCall");
            if (opened >= Instances) break;
            await Task.Delay(500);
        }
        return opened;
    }

    private Dictionary<string, string> NodeSettings() => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = database.Options.ConnectionString,
        ["Demo:Seed"] = "false",
        ["Workflows:Folder"] = emptyFlows,
        ["Scheduling:PollingInterval"] = "00:00:01",
        ["Scheduling:Workers"] = "4",
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where) where T : class
    {
        await using var scope = engine.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Set<T>().CountAsync(where);
    }

    /// <summary>The engine on the test database with no scheduler: timers are written, nothing here fires them.</summary>
    private static ServiceProvider EngineOnly(DatabaseOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<ICompanyScope>(new FixedCompanyScope(null));
        services.AddOrchestratorDbContext();
        services.AddScoped<DatabaseInitializer>();
        services.AddWorkflowEngine().UseEntityFrameworkStore<OrchestratorDbContext>();
        return services.BuildServiceProvider();
    }
}
