using Hangfire.Storage.Monitoring;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Scheduling;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Scheduling;

/// <summary>
/// A timer start event deployed to the Host (flows are group-wide) is scheduled through the outbox and Hangfire
/// like any timer, and starts exactly one instance per company of the group per due time, each in its company's
/// inbox, even when the scheduler's job and two more callers (as other nodes would) fire it at the same moment.
/// The test moves the Host's clock itself and runs the scheduler's job in hand, so every firer has finished before
/// the count is taken: no waiting for a duplicate that might come.
/// </summary>
public abstract class TimerStartSchedulingTests<TDatabase>(ClockedHostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    private const string Flow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://orchestrator.local/tests">
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start"><bpmn:timerEventDefinition><bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:userTask id="ReadMeters" name="Read meters" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="ReadMeters" />
            <bpmn:sequenceFlow id="f1" sourceRef="ReadMeters" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_deployed_start_timer_starts_exactly_one_instance_per_company_though_fired_three_times_at_once()
    {
        var key = "round_" + Guid.NewGuid().ToString("N")[..8];
        await using (var deploy = host.Factory.Services.CreateAsyncScope())
            Assert.True((await deploy.ServiceProvider.GetRequiredService<IWorkflowRuntime>().DeployAsync(Flow.Replace("{key}", key), "tests")).Deployed);
        var timer = await host.WithDbAsync(db => db.Set<TimerRecord>().SingleAsync(t => t.ElementId == "start" && t.DefinitionId != null
            && db.Set<WorkflowDefinitionRecord>().Any(d => d.Id == t.DefinitionId && d.Key == key)));
        Assert.True(await host.WithDbAsync(db => db.Set<OutboxRecord>().AnyAsync(o => o.PayloadJson.Contains(timer.Id.ToString()) && o.DispatchedAt != null)),
            "the start timer was handed to the scheduler");

        var handedOver = Assert.Single(ScheduledJobsFor(timer.Id));
        Assert.Equal(timer.DueAt.UtcDateTime, handedOver.EnqueueAt, TimeSpan.FromSeconds(1));

        await using var nodeA = host.Factory.Services.CreateAsyncScope();
        await using var nodeB = host.Factory.Services.CreateAsyncScope();
        var (a, b) = (nodeA.ServiceProvider.GetRequiredService<IWorkflowRuntime>(), nodeB.ServiceProvider.GetRequiredService<IWorkflowRuntime>());
        await a.FindTimerAsync(timer.Id);
        await b.FindTimerAsync(timer.Id);
        host.Clock.Set(timer.DueAt.AddSeconds(1));
        await Task.WhenAll(FireAsync(a, timer.Id), FireAsync(b, timer.Id), RunSchedulersJobAsync(timer.Id));
        // Hangfire's own delayed job (or its retry after a lost race) comes later still: it must find nothing to do.
        await RunSchedulersJobAsync(timer.Id);

        Assert.Equal(TimerStatus.Fired, await StatusAsync(timer.Id));
        var companies = await host.WithDbAsync(db => db.Companies.IgnoreQueryFilters().Select(c => c.Id).ToListAsync());
        Assert.True(companies.Count >= 2, "the demo group has two companies");
        var started = await host.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().IgnoreQueryFilters()
            .Where(i => i.ProcessKey == key).Select(i => new { i.TenantId, i.VariablesJson }).ToListAsync());
        Assert.Equal(companies.Order(), started.Select(i => i.TenantId!.Value).Order());
        Assert.All(started, i => Assert.Contains(i.TenantId!.Value.ToString(), i.VariablesJson));
        var tasks = await host.WithDbAsync(db => db.Set<UserTaskRecord>().IgnoreQueryFilters().Where(t => t.ProcessKey == key).Select(t => t.TenantId).ToListAsync());
        Assert.Equal(companies.Order(), tasks.Select(t => t!.Value).Order());
    }

    [Fact]
    public async Task A_company_with_its_own_variant_is_started_by_the_variant_and_not_by_the_group_flow()
    {
        var key = "round_" + Guid.NewGuid().ToString("N")[..8];
        var companies = await host.WithDbAsync(db => db.Companies.IgnoreQueryFilters().Select(c => new { c.Id, c.Code }).ToListAsync());
        var own = companies.OrderBy(c => c.Code).Last();
        var variant = Orchestrator.Designer.Flows.FlowVariantKey.For(key, own.Code);
        await using (var deploy = host.Factory.Services.CreateAsyncScope())
        {
            var runtime = deploy.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            Assert.True((await runtime.DeployAsync(Flow.Replace("{key}", key), "tests")).Deployed);
            Assert.True((await runtime.DeployAsync(Flow.Replace("{key}", variant), "tests")).Deployed);
        }
        var timers = await host.WithDbAsync(db => db.Set<TimerRecord>().Where(t => t.ElementId == "start" && t.DefinitionId != null
            && db.Set<WorkflowDefinitionRecord>().Any(d => d.Id == t.DefinitionId && (d.Key == key || d.Key == variant))).ToListAsync());
        Assert.Equal(2, timers.Count);
        host.Clock.Set(timers.Max(t => t.DueAt).AddSeconds(1));
        await using (var node = host.Factory.Services.CreateAsyncScope())
            foreach (var timer in timers)
                await FireAsync(node.ServiceProvider.GetRequiredService<IWorkflowRuntime>(), timer.Id);
        foreach (var timer in timers)
            Assert.Equal(TimerStatus.Fired, await StatusAsync(timer.Id));

        var started = await host.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().IgnoreQueryFilters()
            .Where(i => i.ProcessKey == key || i.ProcessKey == variant).Select(i => new { i.ProcessKey, i.TenantId }).ToListAsync());
        Assert.Equal(companies.Where(c => c.Id != own.Id).Select(c => c.Id).Order(), started.Where(i => i.ProcessKey == key).Select(i => i.TenantId!.Value).Order());
        Assert.Equal([own.Id], started.Where(i => i.ProcessKey == variant).Select(i => i.TenantId!.Value));
    }

    /// <summary>A node that loses the race gets a conflict (the Hangfire job would retry and find the timer fired).</summary>
    private static async Task FireAsync(IWorkflowRuntime runtime, Guid timerId)
    {
        try
        {
            await runtime.FireTimerAsync(timerId);
        }
        catch (WorkflowConflictException)
        {
        }
    }

    /// <summary>The scheduler's job for the timer, run as Hangfire runs it; a lost race throws for Hangfire to retry.</summary>
    private async Task RunSchedulersJobAsync(Guid timerId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<FireWorkflowTimerJob>().RunAsync(timerId, CancellationToken.None);
        }
        catch (WorkflowConflictException)
        {
        }
    }

    private IReadOnlyList<ScheduledJobDto> ScheduledJobsFor(Guid timerId) =>
        [.. host.Factory.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().ScheduledJobs(0, 1000)
            .Select(j => j.Value).Where(j => j.Job?.Type == typeof(FireWorkflowTimerJob) && j.Job.Args.Count > 0 && Equals(j.Job.Args[0], timerId))];

    private Task<TimerStatus> StatusAsync(Guid timerId) =>
        host.WithDbAsync(db => db.Set<TimerRecord>().AsNoTracking().Where(t => t.Id == timerId).Select(t => t.Status).SingleAsync());
}

/// <summary>
/// The Host on its own database with a clock the test moves, set a day ahead of the real one: Hangfire schedules on
/// the real clock, so the delayed job it is given for a timer never comes due while the test runs.
/// </summary>
public abstract class ClockedHostFixture<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private readonly TDatabase database = new();

    public FakeClock Clock { get; } = new();

    public HostFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Clock.Set(DateTimeOffset.UtcNow.AddDays(1));
        await database.InitializeAsync();
        Factory = new HostFactory(database, configure: web => web.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock))));
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<OrchestratorDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
    }
}

public sealed class SqliteClockedHostFixture : ClockedHostFixture<SqliteTestDatabase>;

public sealed class PostgresClockedHostFixture : ClockedHostFixture<PostgresTestDatabase>;

public sealed class SqliteTimerStartSchedulingTests(SqliteClockedHostFixture host)
    : TimerStartSchedulingTests<SqliteTestDatabase>(host), IClassFixture<SqliteClockedHostFixture>;

public sealed class PostgresTimerStartSchedulingTests(PostgresClockedHostFixture host)
    : TimerStartSchedulingTests<PostgresTestDatabase>(host), IClassFixture<PostgresClockedHostFixture>;
