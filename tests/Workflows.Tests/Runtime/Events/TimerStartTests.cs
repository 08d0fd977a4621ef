using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime.Events;

/// <summary>
/// Timer start events are scheduled from the deployed version (date, duration, ISO cycle), start one instance per
/// due time, move to a new version that keeps them and stop when a version drops them. The clock starts Monday
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
