using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Host.Features.Live;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Host.Workflows;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Tests.Features.Live;

/// <summary>
/// Two Hosts on one PostgreSQL database act as one: a task change on node A wakes the inbox screens on node B,
/// a holiday table saved on A is the calendar B counts with, a flow version deployed on A is the one B starts next
/// (without waiting for B's latest-version cache to go stale), and B's listener comes back after its connection
/// is cut (then every screen reloads, since messages sent meanwhile are lost).
/// </summary>
public sealed class ClusterSignalsTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly PostgresTestDatabase database = new();
    private HostFactory nodeA = null!;
    private HostFactory nodeB = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        nodeA = new HostFactory(database, demoCustomers: 1);
        _ = nodeA.Server;
        nodeB = new HostFactory(database, demoCustomers: 1);
        _ = nodeB.Server;
        await ListenersAsync(2, exclude: []);
    }

    public async Task DisposeAsync()
    {
        await nodeA.DisposeAsync();
        await nodeB.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_task_opened_on_node_A_wakes_the_design_screens_on_node_B()
    {
        var woken = new TaskCompletionSource();
        using var screen = nodeB.Services.GetRequiredService<InboxNotifier>().Subscribe([CandidateGroups.DesignOffice], "design", () =>
        {
            woken.TrySetResult();
            return Task.CompletedTask;
        });

        await OpenDesignTaskOnAAsync("cluster_inbox");

        await woken.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_holiday_table_saved_on_node_A_is_the_calendar_of_node_B()
    {
        var calendarOfB = nodeB.Services.GetRequiredService<HolidayCalendarCache>();
        var monday = new DateOnly(2031, 3, 3);
        Assert.True(calendarOfB.Calendar.IsWorkingDay(monday));
        var changed = new TaskCompletionSource();
        calendarOfB.Changed += () => changed.TrySetResult();

        await using (var scope = nodeA.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<HolidayCalendarEditor>().SaveAsync(2031, "2031-03-03", "", "cluster test")).Result.Succeeded);

        await changed.Task.WaitAsync(Patience);
        Assert.False(calendarOfB.Calendar.IsWorkingDay(monday));
    }

    [Fact]
    public async Task A_flow_version_deployed_on_node_A_is_the_one_node_B_starts_next()
    {
        await OpenDesignTaskOnBAsync("cluster_version"); // B starts version 1 and remembers it as the latest
        var definitionsOfB = nodeB.Services.GetRequiredService<DefinitionRecordCache>();
        Assert.NotNull(definitionsOfB.FreshLatest("cluster_version"));
        var forgotten = new TaskCompletionSource();
        definitionsOfB.LatestForgotten += key => { if (key == "cluster_version") forgotten.TrySetResult(); };

        await using (var scope = nodeA.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
                .DeployAsync(TestFlows.Review("cluster_version", "出图（新）", CandidateGroups.DesignOffice))).Deployed);

        await forgotten.Task.WaitAsync(Patience);
        var started = await OpenDesignTaskOnBAsync("cluster_version", deploy: false);
        await using var check = nodeB.Services.CreateAsyncScope();
        Assert.Equal(2, (await check.ServiceProvider.GetRequiredService<IWorkflowRuntime>().GetInstanceAsync(started))!.Version);
    }

    [Fact]
    public async Task Node_B_listens_again_after_its_connection_is_cut_reloads_its_screens_and_hears_node_A()
    {
        var caughtUp = new TaskCompletionSource();
        var notifierOfB = nodeB.Services.GetRequiredService<InboxNotifier>();
        using (notifierOfB.Subscribe([CandidateGroups.Construction], "build", () =>
        {
            caughtUp.TrySetResult();
            return Task.CompletedTask;
        }))
        {
            var cut = await CutListenersAsync();
            await caughtUp.Task.WaitAsync(Patience);
            await ListenersAsync(2, exclude: cut);
        }

        var woken = new TaskCompletionSource();
        using var screen = notifierOfB.Subscribe([CandidateGroups.DesignOffice], "design", () =>
        {
            woken.TrySetResult();
            return Task.CompletedTask;
        });
        await OpenDesignTaskOnAAsync("cluster_reconnect");
        await woken.Task.WaitAsync(Patience);
    }

    /// <summary>Deploys (unless told not to) and starts in scopes of their own, as two requests would.</summary>
    private async Task<Guid> OpenDesignTaskOnBAsync(string key, bool deploy = true)
    {
        if (deploy)
            await using (var deployment = nodeB.Services.CreateAsyncScope())
                Assert.True((await deployment.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
                    .DeployAsync(TestFlows.Review(key, "出图", CandidateGroups.DesignOffice))).Deployed);
        await using var scope = nodeB.Services.CreateAsyncScope();
        var company = await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Companies.SingleAsync(c => c.Code == "city");
        return await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync(key, null, tenantId: company.Id);
    }

    private async Task OpenDesignTaskOnAAsync(string key)
    {
        await using var scope = nodeA.Services.CreateAsyncScope();
        var company = await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Companies.SingleAsync(c => c.Code == "city");
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        Assert.True((await runtime.DeployAsync(TestFlows.Review(key, "出图", CandidateGroups.DesignOffice))).Deployed);
        await runtime.StartAsync(key, null, tenantId: company.Id);
    }

    /// <summary>Ends the listeners' server sessions, as a database restart or a network cut would; returns their process ids.</summary>
    private async Task<List<int>> CutListenersAsync()
    {
        var cut = await ListenersAsync(2, exclude: []);
        await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
        await connection.OpenAsync();
        foreach (var pid in cut)
        {
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
            kill.Parameters.AddWithValue("pid", pid);
            await kill.ExecuteScalarAsync();
        }
        return cut;
    }

    /// <summary>Waits until <paramref name="count"/> listener sessions other than <paramref name="exclude"/> are connected.</summary>
    private async Task<List<int>> ListenersAsync(int count, IReadOnlyCollection<int> exclude)
    {
        var deadline = DateTime.UtcNow + Patience;
        await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
        await connection.OpenAsync();
        while (true)
        {
            await using var query = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", connection);
            query.Parameters.AddWithValue("name", PostgresClusterListener.ApplicationName);
            var pids = new List<int>();
            await using (var reader = await query.ExecuteReaderAsync())
                while (await reader.ReadAsync()) pids.Add(reader.GetInt32(0));
            pids.RemoveAll(exclude.Contains);
            if (pids.Count >= count) return pids;
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} cluster listeners, found {pids.Count}.");
            await Task.Delay(100);
        }
    }
}
