using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime.Events;

/// <summary>
/// Timer start events are scheduled from the deployed version (date, duration, ISO cycle), start one instance per
/// due time, move to a new version that keeps them and stop when a version drops them. A group-wide version starts
/// one instance per company the Host names, each under its tenant, once per due time even with two firers. The clock starts Monday
/// 2025-03-03 09:00 UTC. Each test deploys a process key of its own.
/// </summary>
public abstract class TimerStartTests : WorkflowScenarioBase
{
    private readonly string _key = "round_" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_cycle_starts_an_instance_per_repetition_and_then_stops()
    {
        await DeployTimerStartAsync("timeCycle", "R3/PT1H");
        for (var i = 1; i <= 3; i++)
        {
            var timer = Assert.Single(await StartTimersAsync());
            Assert.Equal(new DateTimeOffset(2025, 3, 3, 9 + i, 0, 0, TimeSpan.Zero), timer.DueAt);
            await FireAsync(timer);
            Assert.Equal(i, (await RoundsAsync()).Count);
        }
        Assert.Empty(await StartTimersAsync());
    }

    [Fact]
    public async Task A_duration_starts_one_instance_after_it_from_deployment()
    {
        await DeployTimerStartAsync("timeDuration", "PT2H");
        var timer = Assert.Single(await StartTimersAsync());
        Assert.Equal(Clock.GetUtcNow().AddHours(2), timer.DueAt);
        Assert.False(await InScope(r => r.FireTimerAsync(timer.Id)), "not yet due");
        await FireAsync(timer);
        Assert.Single(await RoundsAsync());
        Assert.Empty(await StartTimersAsync());
    }

    [Fact]
    public async Task A_date_starts_one_instance_then_and_a_past_date_is_not_scheduled()
    {
        await DeployTimerStartAsync("timeDate", "2025-03-10T01:00:00Z");
        await FireAsync(Assert.Single(await StartTimersAsync()));
        Assert.Single(await RoundsAsync());

        await DeployTimerStartAsync("timeDate", "2025-03-01T01:00:00Z");
        Assert.Empty(await StartTimersAsync());
    }

    [Fact]
    public async Task A_new_version_keeping_the_start_timer_takes_it_over_with_its_due_time()
    {
        var first = await DeployTimerStartAsync("timeCycle", "R/P1D");
        var before = Assert.Single(await StartTimersAsync());
        Assert.Equal(first, before.DefinitionId);

        var second = await DeployTimerStartAsync("timeCycle", "R/P1D", "Read meters, second version");

        var after = Assert.Single(await StartTimersAsync());
        Assert.Equal(second, after.DefinitionId);
        Assert.Equal(before.DueAt, after.DueAt);
        await FireAsync(after);
        var round = Assert.Single(await RoundsAsync());
        Assert.Equal("Read meters, second version", round.Name);
        Assert.Equal(second, Assert.Single(await StartTimersAsync()).DefinitionId);
    }

    [Fact]
    public async Task A_new_version_that_changes_or_drops_the_start_timer_stops_the_old_one()
    {
        await DeployTimerStartAsync("timeCycle", "R/P1D");
        var old = Assert.Single(await StartTimersAsync());

        var changed = await DeployTimerStartAsync("timeCycle", "R/PT12H");
        var replacement = Assert.Single(await StartTimersAsync());
        Assert.Equal(changed, replacement.DefinitionId);
        Assert.Equal(TimerStatus.Cancelled, (await InScope(r => r.FindTimerAsync(old.Id)))!.Status);

        await InScope(r => r.DeployAsync(BpmnFiles.Read("user-task.bpmn").Replace("id=\"approval\"", $"id=\"{_key}\""), "tests"));
        Assert.Empty(await StartTimersAsync());
        Assert.False(await InScope(r => r.FireTimerAsync(old.Id)));
        Assert.Empty(await RoundsAsync());
    }

    [Fact]
    public async Task A_start_timer_fired_twice_starts_one_instance()
    {
        await DeployTimerStartAsync("timeDuration", "PT1H");
        var timer = Assert.Single(await StartTimersAsync());
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await InScope(r => r.FireTimerAsync(timer.Id)));
        Assert.False(await InScope(r => r.FireTimerAsync(timer.Id)));
        Assert.Single(await RoundsAsync());
    }

    [Fact]
    public async Task A_group_wide_start_timer_starts_one_instance_per_company_under_its_tenant_with_its_variables()
    {
        Tenants =
        [
            new TenantStart(CityWater, new Dictionary<string, object?> { ["companyId"] = CityWater.ToString() }),
            new TenantStart(ZoneWater, new Dictionary<string, object?> { ["companyId"] = ZoneWater.ToString() }),
        ];
        await DeployTimerStartAsync("timeCycle", "R2/P1D");

        await FireAsync(Assert.Single(await StartTimersAsync()));

        var rounds = await RoundsAsync();
        Assert.Equal([CityWater, ZoneWater], rounds.Select(t => t.TenantId!.Value).Order());
        foreach (var round in rounds)
        {
            var instance = await InScope(r => r.GetInstanceAsync(round.InstanceId));
            Assert.Equal(round.TenantId.ToString(), instance!.Variables["companyId"]);
        }
        await FireAsync(Assert.Single(await StartTimersAsync()));
        Assert.Equal(4, (await RoundsAsync()).Count);
        Assert.Equal(2, (await RoundsAsync()).Count(t => t.TenantId == ZoneWater));
    }

    [Fact]
    public async Task Two_nodes_firing_a_group_wide_start_timer_at_once_start_each_company_once()
    {
        Tenants = [new TenantStart(CityWater, new Dictionary<string, object?>()), new TenantStart(ZoneWater, new Dictionary<string, object?>())];
        await DeployTimerStartAsync("timeDuration", "PT1H");
        var timer = Assert.Single(await StartTimersAsync());
        Clock.Advance(TimeSpan.FromHours(1));

        var fired = await Task.WhenAll(FireOrLoseAsync(timer.Id), FireOrLoseAsync(timer.Id));

        Assert.Equal(1, fired.Count(f => f));
        Assert.Equal([CityWater, ZoneWater], (await RoundsAsync()).Select(t => t.TenantId!.Value).Order());
    }

    [Fact]
    public async Task Without_companies_a_group_wide_start_timer_starts_one_instance_without_a_tenant()
    {
        await DeployTimerStartAsync("timeDuration", "PT1H");
        await FireAsync(Assert.Single(await StartTimersAsync()));
        Assert.Null(Assert.Single(await RoundsAsync()).TenantId);
    }

    private static readonly Guid CityWater = Guid.Parse("00000000-0000-0000-0000-00000000c171");
    private static readonly Guid ZoneWater = Guid.Parse("00000000-0000-0000-0000-00000000d202");

    [Fact]
    public async Task A_group_wide_start_timer_naming_no_company_starts_none_and_keeps_its_cycle()
    {
        Tenants = [];
        await DeployTimerStartAsync("timeCycle", "R/P1D");

        await FireAsync(Assert.Single(await StartTimersAsync()));

        Assert.Empty(await RoundsAsync());
        Assert.Single(await StartTimersAsync());
    }

    /// <summary>The companies the Host would name; null leaves the engine's default (one instance, no tenant).</summary>
    private List<TenantStart>? Tenants { get; set; }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<ITimerStartTenants>(new ListedTenants(() => Tenants));

    /// <summary>Fires in a scope of its own as a second Host node would; losing the race is a conflict or a no-op.</summary>
    private async Task<bool> FireOrLoseAsync(Guid timerId)
    {
        try
        {
            return await InScope(r => r.FireTimerAsync(timerId));
        }
        catch (WorkflowConflictException)
        {
            return false;
        }
    }

    private sealed class ListedTenants(Func<List<TenantStart>?> tenants) : ITimerStartTenants
    {
        public Task<IReadOnlyList<TenantStart>> TenantsAsync(string processKey, CancellationToken cancellationToken) =>
            tenants() is { } listed
                ? Task.FromResult<IReadOnlyList<TenantStart>>([.. listed])
                : new NoTimerStartTenants().TenantsAsync(processKey, cancellationToken);
    }

    private async Task<Guid> DeployTimerStartAsync(string kind, string value, string task = "Read meters")
    {
        var xml = BpmnFiles.Read("timer-start.bpmn").Replace("timer_start", _key)
            .Replace("{kind}", kind).Replace("{value}", value).Replace("{task}", task);
        var deployment = await InScope(r => r.DeployAsync(xml, "tests"));
        Assert.True(deployment.Deployed, string.Join("; ", deployment.Report.Errors.Select(e => e.Message)));
        var version = deployment.Processes.Single().DefinitionId;
        Versions.Add(version);
        return version;
    }

    private async Task<List<TimerRecord>> StartTimersAsync() =>
        (await InScope(r => r.PendingTimersAsync())).Where(t => t.DefinitionId is not null && t.ElementId == "start"
            && Versions.Contains(t.DefinitionId.Value)).ToList();

    private HashSet<Guid> Versions { get; } = [];

    private async Task FireAsync(TimerRecord timer)
    {
        if (timer.DueAt > Clock.GetUtcNow())
            Clock.Advance(timer.DueAt - Clock.GetUtcNow());
        Assert.True(await InScope(r => r.FireTimerAsync(timer.Id)));
    }

    private async Task<List<UserTaskRecord>> RoundsAsync() =>
        (await InScope(r => r.QueryTasksAsync(new UserTaskQuery(Take: 1000)))).Where(t => t.ProcessKey == _key).ToList();
}
